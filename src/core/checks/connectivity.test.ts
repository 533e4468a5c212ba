import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeSystemProbe } from '../../../test/fixtures/fake-system-probe';
import { startTcpFixture, type TcpFixture } from '../../../test/fixtures/tcp-fixture';
import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from '../../shared/check-options';
import { createCheckDeps } from './check-deps';
import { checkConnectivity, REFERENCE_TIMEOUT_MS, type ConnectivityConfig } from './connectivity';
import type { SystemProbe } from './system-probe';

let tcp: TcpFixture;
const loopback = (port: number) => `tcp://127.0.0.1:${port}`;

beforeAll(async () => {
  tcp = await startTcpFixture({ blackHoles: 2 });
});
afterAll(() => tcp.close());

const run = (config: ConnectivityConfig, system: SystemProbe = fakeSystemProbe(), timeoutMs = 1_000) => {
  const options: CheckOptions = { ...DEFAULT_CHECK_OPTIONS, timeoutMs };
  return checkConnectivity(config, options, createCheckDeps(system));
};
const blackHoles = () => tcp.blackHolePorts.map(loopback);

describe('checkConnectivity', () => {
  it('is online as soon as one reference answers, without waiting for the silent ones', async () => {
    const references = [...blackHoles(), loopback(tcp.openPort)];
    // armed before the check's own timers, so it fires first however late this busy machine runs them
    let silentOnesTimedOut = false;
    const silentOnesGiveUp = setTimeout(() => (silentOnesTimedOut = true), REFERENCE_TIMEOUT_MS);
    const result = await run({ targets: references, includeGateway: false }, fakeSystemProbe(), 20_000);
    clearTimeout(silentOnesGiveUp);
    expect(result).toMatchObject({
      kind: 'connectivity',
      target: 'connectivity',
      status: 'up',
      cause: 'ok',
      details: { referencesConfigured: 3, reachedReference: loopback(tcp.openPort) },
    });
    expect(silentOnesTimedOut, 'answered only once the silent references had timed out').toBe(false);
  });

  it('counts a refused connection as proof the network works', async () => {
    const result = await run({ targets: [...blackHoles(), loopback(tcp.closedPort)], includeGateway: false });
    expect(result).toMatchObject({ status: 'up', details: { reachedReference: loopback(tcp.closedPort) } });
  });

  it('is offline when no reference answers', async () => {
    const result = await run({ targets: blackHoles(), includeGateway: false });
    expect(result).toMatchObject({
      status: 'down',
      cause: 'local_offline',
      details: { referencesConfigured: 2, referencesReachable: 0, gatewayReachable: null },
    });
    expect(result.durationMs).toBeGreaterThanOrEqual(900);
    expect(result.durationMs).toBeLessThan(1_000 + 5_000);
  });

  it('reports a gateway that answers, yet stays offline when only the gateway answers', async () => {
    const gateway = fakeSystemProbe({ defaultGateway: async () => '127.0.0.1' });
    const result = await run(
      { targets: blackHoles(), includeGateway: true, gatewayPorts: [tcp.blackHolePorts[0]!, tcp.closedPort] },
      gateway,
    );
    expect(result).toMatchObject({
      status: 'down',
      cause: 'local_offline',
      details: { referencesReachable: 0, gatewayReachable: true },
    });
  });

  it('cannot tell about a gateway that stays silent or is not known', async () => {
    const silent = fakeSystemProbe({ defaultGateway: async () => '127.0.0.1' });
    const silentResult = await run(
      { targets: blackHoles(), includeGateway: true, gatewayPorts: tcp.blackHolePorts },
      silent,
    );
    expect(silentResult.details.gatewayReachable).toBeNull();
    const unknownGateway = await run({ targets: blackHoles(), includeGateway: true }, fakeSystemProbe());
    expect(unknownGateway.details.gatewayReachable).toBeNull();
  });

  it('is unknown when no usable reference is configured', async () => {
    for (const targets of [[], ['not a target', 'process://postgres']]) {
      expect(await run({ targets, includeGateway: true })).toMatchObject({
        status: 'unknown',
        cause: 'unknown',
        details: { referencesConfigured: 0, reason: 'no_references' },
      });
    }
  });
});
