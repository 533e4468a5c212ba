import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from '../../shared/check-options';
import type { CheckResult } from '../../shared/check-result';
import { FIXTURE_KEYWORD } from '../../../test/fixtures/http-fixture';
import { startTlsFixture, type TlsFixture } from '../../../test/fixtures/tls-fixture';
import { networkCheckDeps, targetOf } from '../../../test/support/check-deps';
import { expectByDeadline, timeAgainstLoad } from '../../../test/support/timer-lateness';
import { checkHttp } from './http';

const DAY_MS = 24 * 60 * 60 * 1000;

const deps = networkCheckDeps();

let tls: TlsFixture;
beforeAll(async () => {
  tls = await startTlsFixture();
});
afterAll(async () => {
  await tls?.close();
});

function check(url: string, options: Partial<CheckOptions> = {}, checkDeps = deps): Promise<CheckResult> {
  const merged = { ...DEFAULT_CHECK_OPTIONS, timeoutMs: 8_000, extraCaPem: [tls.caPem], ...options };
  return checkHttp(targetOf('http', url), url, merged, checkDeps);
}

describe('checkHttp over https', () => {
  it('reports a valid certificate from a trusted extra CA as up, with its facts', async () => {
    const result = await check(tls.url('valid'), { keyword: FIXTURE_KEYWORD });
    expect(result).toMatchObject({ status: 'up', cause: 'ok' });
    expect(result.details).toMatchObject({
      issuer: 'Back Online Test CA',
      subject: 'localhost',
      statusCode: 200,
    });
    expect(result.details.daysLeft).toBeGreaterThanOrEqual(88);
    expect(new Date(String(result.details.validTo)).getTime()).toBeGreaterThan(Date.now());
    expect(result.timings.tls).toBeGreaterThanOrEqual(result.timings.connect ?? 0);
    expect(result.timings.firstByte).toBeGreaterThanOrEqual(result.timings.tls ?? 0);
  });

  it('checks the certificate against the name in the URL', async () => {
    const result = await check(`https://localhost:${tls.port('valid')}/ok`);
    expect(result).toMatchObject({ status: 'up', cause: 'ok' });
  });

  it('does not trust the test CA unless told to', async () => {
    const result = await check(tls.url('valid'), { extraCaPem: undefined });
    expect(result).toMatchObject({ status: 'down', cause: 'tls_untrusted' });
  });

  it('reports an expired certificate as expired, trusted or not', async () => {
    const trusted = await check(tls.url('expired'));
    expect(trusted).toMatchObject({ status: 'down', cause: 'tls_expired' });
    expect(trusted.details.daysLeft).toBeLessThan(0);
    const untrusted = await check(tls.url('expired'), { extraCaPem: undefined });
    expect(untrusted.cause).toBe('tls_expired');
  });

  it('reports a certificate that is not valid yet', async () => {
    expect(await check(tls.url('not_yet_valid'))).toMatchObject({
      status: 'down',
      cause: 'tls_not_yet_valid',
    });
  });

  it('reports a certificate for another host', async () => {
    const result = await check(tls.url('wrong_host'));
    expect(result).toMatchObject({ status: 'down', cause: 'tls_hostname_mismatch' });
    expect(result.details.certificateNames).toBe('DNS:wrong-host.test');
  });

  it('reports a self-signed certificate as untrusted', async () => {
    const result = await check(tls.url('self_signed'));
    expect(result).toMatchObject({ status: 'down', cause: 'tls_untrusted' });
    expect(result.details.authorizationError).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
  });

  it('warns about a certificate that expires within the warning period', async () => {
    const result = await check(tls.url('expiring_soon'));
    expect(result).toMatchObject({ status: 'degraded', cause: 'tls_expiring_soon' });
    expect(result.details.daysLeft).toBeLessThanOrEqual(5);
    expect((await check(tls.url('expiring_soon'), { tlsWarnDays: 3 })).status).toBe('up');
  });

  it('judges dates by the injected clock', async () => {
    const later = networkCheckDeps({ now: () => Date.now() + 80 * DAY_MS });
    expect((await check(tls.url('valid'), {}, later)).cause).toBe('tls_expiring_soon');
    const muchLater = networkCheckDeps({ now: () => Date.now() + 100 * DAY_MS });
    expect((await check(tls.url('valid'), {}, muchLater)).cause).toBe('tls_expired');
  });

  it('lets a worse problem win over an expiring certificate', async () => {
    const result = await check(tls.url('expiring_soon', '/status/500'));
    expect(result).toMatchObject({ status: 'down', cause: 'http_server_error' });
    expect(result.details.daysLeft).toBeLessThanOrEqual(5);
  });

  it('reports plain HTTP on an https URL as a failed handshake', async () => {
    const result = await check(`https://127.0.0.1:${tls.plainHttpPort}/ok`);
    expect(result).toMatchObject({ status: 'down', cause: 'tls_handshake_failed' });
  });

  it('reports a handshake that never completes as failed, within the timeout', async () => {
    const timed = await timeAgainstLoad(() =>
      check(`https://127.0.0.1:${tls.silentPort}/`, { timeoutMs: 1_500 }),
    );
    expect(timed.value).toMatchObject({ status: 'down', cause: 'tls_handshake_failed' });
    expect(timed.value.timings.connect).toBeDefined();
    expect(timed.value.timings.tls).toBeUndefined();
    expectByDeadline(timed, 1_500, 'the https check');
  });
});
