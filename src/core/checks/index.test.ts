import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DNS_FIXTURE_NAMES, startDnsFixture, type DnsFixture } from '../../../test/fixtures/dns-fixture';
import { fakeSystemProbe } from '../../../test/fixtures/fake-system-probe';
import { startTcpFixture, type TcpFixture } from '../../../test/fixtures/tcp-fixture';
import { DEFAULT_CHECK_OPTIONS } from '../../shared/check-options';
import { checkTarget, createCheckDeps, runCheck } from './index';

const GB = 1024 ** 3;
const system = fakeSystemProbe({
  processes: async () => [{ name: 'kassa', command: '/opt/kassa/kassa' }],
  services: async (names) => names.map((name) => ({ name, running: true })),
  filesystems: async () => [{ mount: '/', sizeBytes: 100 * GB, availableBytes: 50 * GB }],
});
const deps = createCheckDeps(system);
let tcp: TcpFixture;
let dns: DnsFixture;

beforeAll(async () => {
  [tcp, dns] = await Promise.all([startTcpFixture({ blackHoles: 0 }), startDnsFixture()]);
});
afterAll(() => Promise.all([tcp.close(), dns.close()]));

describe('checkTarget', () => {
  it('dispatches every kind to its own check', async () => {
    const cases = [
      [`tcp://127.0.0.1:${tcp.openPort}`, 'tcp', 'up'],
      [`dns://${DNS_FIXTURE_NAMES.dualStack}`, 'dns', 'up'],
      ['process://kassa', 'process', 'up'],
      ['service://cups', 'service', 'up'],
      ['disk:///', 'disk', 'up'],
      [`http://127.0.0.1:${tcp.closedPort}/`, 'http', 'down'],
      [`tls://127.0.0.1:${tcp.closedPort}`, 'tls', 'down'],
    ] as const;
    for (const [text, kind, status] of cases) {
      const outcome = await checkTarget(text, { timeoutMs: 5_000, resolver: dns.resolver }, deps);
      expect(outcome).toMatchObject({ ok: true, result: { kind, target: text, status } });
    }
  });

  it('fills options it was not given with the defaults', async () => {
    const outcome = await checkTarget('disk:///', { minFreePercent: 60, timeoutMs: undefined }, deps);
    expect(outcome).toMatchObject({
      ok: true,
      result: { status: 'degraded', details: { minFreePercent: 60 } },
    });
  });

  it('returns the parse error for text that is no target, without throwing', async () => {
    await expect(checkTarget('ftp://example.nl', {}, deps)).resolves.toEqual({
      ok: false,
      error: 'target_unknown_scheme',
    });
    await expect(checkTarget('tcp://127.0.0.1', {}, deps)).resolves.toEqual({
      ok: false,
      error: 'target_missing_port',
    });
  });
});

describe('runCheck', () => {
  it('turns a check that throws into unknown, never a crash and never up', async () => {
    const result = await runCheck(
      { kind: 'tcp', host: '127.0.0.1', port: tcp.openPort },
      `tcp://127.0.0.1:${tcp.openPort}`,
      DEFAULT_CHECK_OPTIONS,
      deps,
      {
        http: async () => {
          throw new Error('not this one');
        },
        tls: async () => {
          throw new Error('not this one');
        },
        dns: async () => {
          throw new Error('not this one');
        },
        tcp: async () => {
          throw new TypeError('boom');
        },
        process: async () => {
          throw new Error('not this one');
        },
        service: async () => {
          throw new Error('not this one');
        },
        disk: async () => {
          throw new Error('not this one');
        },
      },
    );
    expect(result).toMatchObject({
      kind: 'tcp',
      target: `tcp://127.0.0.1:${tcp.openPort}`,
      status: 'unknown',
      cause: 'unknown',
      details: { reason: 'unexpected_error' },
    });
    expect(result.timings.total).toBeGreaterThanOrEqual(0);
  });
});

describe('createCheckDeps', () => {
  it('gives the wall clock, a monotonic timer and the real system probe by default', async () => {
    const real = createCheckDeps();
    expect(Math.abs(real.now() - Date.now())).toBeLessThan(1_000);
    const first = real.monotonic();
    expect(real.monotonic()).toBeGreaterThanOrEqual(first);
    expect(await real.system.filesystems()).not.toBeNull();
  });
});
