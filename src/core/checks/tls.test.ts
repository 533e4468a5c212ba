import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from '../../shared/check-options';
import type { CheckResult } from '../../shared/check-result';
import { DNS_FIXTURE_NAMES, startDnsFixture, type DnsFixture } from '../../../test/fixtures/dns-fixture';
import { closedPort } from '../../../test/fixtures/http-fixture';
import { startTlsFixture, type TlsFixture } from '../../../test/fixtures/tls-fixture';
import { networkCheckDeps, targetOf } from '../../../test/support/check-deps';
import { expectByDeadline, timeAgainstLoad } from '../../../test/support/timer-lateness';
import { checkTls } from './tls';

const deps = networkCheckDeps();

let tls: TlsFixture;
let dns: DnsFixture;
beforeAll(async () => {
  [tls, dns] = await Promise.all([startTlsFixture(), startDnsFixture()]);
});
afterAll(async () => {
  await Promise.all([tls?.close(), dns?.close()]);
});

function check(text: string, options: Partial<CheckOptions> = {}): Promise<CheckResult> {
  const merged = { ...DEFAULT_CHECK_OPTIONS, timeoutMs: 8_000, extraCaPem: [tls.caPem], ...options };
  return checkTls(targetOf('tls', text), text, merged, deps);
}

const at = (port: number, host = '127.0.0.1'): string => `tls://${host}:${port}`;

describe('checkTls', () => {
  it('reports a valid certificate as up with its facts and timings', async () => {
    const text = at(tls.port('valid'));
    const result = await check(text);
    expect(result).toMatchObject({ kind: 'tls', target: text, status: 'up', cause: 'ok' });
    expect(result.details).toMatchObject({
      host: '127.0.0.1',
      port: tls.port('valid'),
      issuer: 'Back Online Test CA',
      subject: 'localhost',
    });
    expect(result.details.daysLeft).toBeGreaterThanOrEqual(88);
    expect(result.timings.tls).toBeGreaterThanOrEqual(result.timings.connect ?? 0);
    expect(result.timings.total).toBeGreaterThanOrEqual(result.timings.tls ?? 0);
  });

  it('checks the certificate against a host name', async () => {
    expect((await check(at(tls.port('valid'), 'localhost'))).cause).toBe('ok');
  });

  it.each([
    ['expired', 'tls_expired', 'down'],
    ['not_yet_valid', 'tls_not_yet_valid', 'down'],
    ['wrong_host', 'tls_hostname_mismatch', 'down'],
    ['self_signed', 'tls_untrusted', 'down'],
    ['expiring_soon', 'tls_expiring_soon', 'degraded'],
  ] as const)('reports the %s certificate as %s', async (kind, cause, status) => {
    expect(await check(at(tls.port(kind)))).toMatchObject({ status, cause });
  });

  it('puts the certificate itself before its chain: expired and not-yet-valid win over untrusted', async () => {
    expect((await check(at(tls.port('expired')), { extraCaPem: undefined })).cause).toBe('tls_expired');
    expect((await check(at(tls.port('not_yet_valid')), { extraCaPem: undefined })).cause).toBe(
      'tls_not_yet_valid',
    );
    expect((await check(at(tls.port('wrong_host')), { extraCaPem: undefined })).cause).toBe(
      'tls_hostname_mismatch',
    );
    expect((await check(at(tls.port('valid')), { extraCaPem: undefined })).cause).toBe('tls_untrusted');
  });

  it('reports an expiring certificate as up when the warning period is shorter', async () => {
    expect((await check(at(tls.port('expiring_soon')), { tlsWarnDays: 2 })).cause).toBe('ok');
  });

  it('reports a server that does not speak TLS as a failed handshake', async () => {
    const result = await check(at(tls.plainHttpPort));
    expect(result).toMatchObject({ status: 'down', cause: 'tls_handshake_failed' });
  });

  it('reports a handshake that never completes as failed, within the timeout', async () => {
    const timed = await timeAgainstLoad(() => check(at(tls.silentPort), { timeoutMs: 1_500 }));
    expect(timed.value).toMatchObject({ status: 'down', cause: 'tls_handshake_failed' });
    expect(timed.value.details.timedOut).toBe(true);
    expectByDeadline(timed, 1_500, 'the handshake check');
  });

  it('reports a refused connection', async () => {
    const result = await check(at(await closedPort()));
    expect(result).toMatchObject({ status: 'down', cause: 'connection_refused' });
  });

  it('reports a name that does not exist', async () => {
    const result = await check(at(443, DNS_FIXTURE_NAMES.nxdomain), { resolver: dns.resolver });
    expect(result).toMatchObject({ status: 'down', cause: 'dns_not_found' });
    expect(result.details.dnsFailure).toBe('nxdomain');
  });
});
