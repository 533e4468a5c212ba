import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DNS_FIXTURE_NAMES,
  FIXTURE_SITE_DOMAIN,
  startDnsFixture,
  type DnsFixture,
} from '../../../test/fixtures/dns-fixture';
import { startTcpFixture, type TcpFixture } from '../../../test/fixtures/tcp-fixture';
import { networkCheckDeps } from '../../../test/support/check-deps';
import { timeAgainstLoad } from '../../../test/support/timer-lateness';
import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from '../../shared/check-options';
import { checkTcp, SETTLE_WINDOW_MS } from './tcp';

const deps = networkCheckDeps();
const options: CheckOptions = { ...DEFAULT_CHECK_OPTIONS, timeoutMs: 5_000 };
let tcp: TcpFixture;
let dns: DnsFixture;

beforeAll(async () => {
  [tcp, dns] = await Promise.all([startTcpFixture(), startDnsFixture()]);
});
afterAll(() => Promise.all([tcp.close(), dns.close()]));

const check = (host: string, port: number, overrides: Partial<CheckOptions> = {}) =>
  checkTcp({ kind: 'tcp', host, port }, `tcp://${host}:${port}`, { ...options, ...overrides }, deps);

describe('checkTcp', () => {
  it('is up when the connection opens and stays open', async () => {
    const result = await check('127.0.0.1', tcp.openPort);
    expect(result).toMatchObject({
      kind: 'tcp',
      target: `tcp://127.0.0.1:${tcp.openPort}`,
      status: 'up',
      cause: 'ok',
      details: { host: '127.0.0.1', port: tcp.openPort, address: '127.0.0.1' },
    });
    expect(result.timings.connect).toBeGreaterThanOrEqual(0);
    expect(result.timings.dns).toBeUndefined();
  });

  it('resolves a host name through the resolver and marks the dns phase', async () => {
    const result = await check(`db.${FIXTURE_SITE_DOMAIN}`, tcp.openPort, { resolver: dns.resolver });
    expect(result).toMatchObject({ status: 'up', details: { address: '127.0.0.1' } });
    expect(result.timings.dns).toBeGreaterThanOrEqual(0);
    expect(result.timings.connect).toBeGreaterThanOrEqual(result.timings.dns ?? 0);
  });

  it('reports a name that does not resolve as a DNS cause', async () => {
    const missing = await check(DNS_FIXTURE_NAMES.nxdomain, tcp.openPort, { resolver: dns.resolver });
    expect(missing).toMatchObject({
      status: 'down',
      cause: 'dns_not_found',
      details: { dnsFailure: 'nxdomain' },
    });
    const broken = await check(DNS_FIXTURE_NAMES.servfail, tcp.openPort, { resolver: dns.resolver });
    expect(broken).toMatchObject({
      status: 'down',
      cause: 'dns_failed',
      details: { dnsFailure: 'servfail' },
    });
  });

  it('calls a port where nothing listens refused', async () => {
    const result = await check('127.0.0.1', tcp.closedPort);
    expect(result).toMatchObject({
      status: 'down',
      cause: 'connection_refused',
      details: { errorCode: 'ECONNREFUSED' },
    });
  });

  it('calls a connection that is accepted and reset at once a reset, not up', async () => {
    // on loopback the reset may land before or after the connect is seen; both are the same fault
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await check('127.0.0.1', tcp.resetPort);
      expect(result).toMatchObject({
        status: 'down',
        cause: 'connection_reset',
        details: { errorCode: 'ECONNRESET' },
      });
    }
  });

  it('waits a short settle window for a drop, and no longer', async () => {
    const resetAfter = async (delayMs: number) => {
      const server = createServer((socket) => {
        socket.on('error', () => undefined);
        setTimeout(() => socket.resetAndDestroy(), delayMs);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        return await check('127.0.0.1', (server.address() as AddressInfo).port);
      } finally {
        server.close();
      }
    };
    // A drop 40 ms in lands inside the window, unless the loop stalls past the window's end: then the
    // server's timer and the window's fire together, the attempt proves nothing and is tried again.
    const dropAfterMs = 40;
    let early = await timeAgainstLoad(() => resetAfter(dropAfterMs));
    for (let retry = 0; retry < 4 && early.value.status === 'up'; retry++) {
      if (early.latenessMs < SETTLE_WINDOW_MS - dropAfterMs) break;
      early = await timeAgainstLoad(() => resetAfter(dropAfterMs));
    }
    expect(early.value, `timers ran up to ${Math.round(early.latenessMs)} ms late`).toMatchObject({
      status: 'down',
      cause: 'connection_reset',
    });
    expect(await resetAfter(SETTLE_WINDOW_MS + 2_000)).toMatchObject({ status: 'up', cause: 'ok' });
  });

  it('calls a connection that is accepted and closed at once a reset too', async () => {
    const result = await check('127.0.0.1', tcp.hangUpPort);
    expect(result).toMatchObject({
      status: 'down',
      cause: 'connection_reset',
      details: { droppedAfterConnect: 'closed' },
    });
  });

  it('calls a connect that never completes a timeout, within the time allowed', async () => {
    const [blackHole] = tcp.blackHolePorts;
    const result = await check('127.0.0.1', blackHole!, { timeoutMs: 1_000 });
    expect(result).toMatchObject({
      status: 'down',
      cause: 'connection_timeout',
      details: { errorCode: 'ETIMEDOUT' },
    });
    expect(result.durationMs).toBeGreaterThanOrEqual(900);
    expect(result.durationMs).toBeLessThan(1_000 + 5_000);
  });
});
