import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from '../../shared/check-options';
import type { CheckResult } from '../../shared/check-result';
import {
  DNS_FIXTURE_NAMES,
  FIXTURE_SITE_DOMAIN,
  startDnsFixture,
  type DnsFixture,
} from '../../../test/fixtures/dns-fixture';
import {
  closedPort,
  FIXTURE_KEYWORD,
  startHttpFixture,
  type HttpFixture,
} from '../../../test/fixtures/http-fixture';
import { networkCheckDeps, targetOf } from '../../../test/support/check-deps';
import { checkHttp } from './http';

const deps = networkCheckDeps();

let site: HttpFixture;
let dns: DnsFixture;
beforeAll(async () => {
  [site, dns] = await Promise.all([startHttpFixture(), startDnsFixture()]);
});
afterAll(async () => {
  await Promise.all([site.close(), dns.close()]);
});

function check(url: string, options: Partial<CheckOptions> = {}): Promise<CheckResult> {
  return checkHttp(
    targetOf('http', url),
    url,
    { ...DEFAULT_CHECK_OPTIONS, timeoutMs: 8_000, ...options },
    deps,
  );
}

describe('checkHttp against a healthy page', () => {
  it('reports up with phase timings and the facts it saw', async () => {
    const url = site.url('/ok');
    const result = await check(url);
    expect(result).toMatchObject({ kind: 'http', target: url, status: 'up', cause: 'ok' });
    expect(result.details).toMatchObject({
      host: '127.0.0.1',
      address: '127.0.0.1',
      statusCode: 200,
      redirects: 0,
    });
    expect(result.details.bodyTruncated).toBe(false);
    const { dns: dnsMs, connect, firstByte, total } = result.timings;
    expect(dnsMs).toBeGreaterThanOrEqual(0);
    expect(connect).toBeGreaterThanOrEqual(dnsMs ?? 0);
    expect(firstByte).toBeGreaterThanOrEqual(connect ?? 0);
    expect(total).toBeGreaterThanOrEqual(firstByte ?? 0);
    expect(result.durationMs).toBe(total);
  });

  it('finds the keyword in the page, also in a gzip body and in a latin-1 page', async () => {
    expect((await check(site.url('/ok'), { keyword: FIXTURE_KEYWORD })).cause).toBe('ok');
    expect((await check(site.url('/gzip'), { keyword: FIXTURE_KEYWORD })).cause).toBe('ok');
    expect((await check(site.url('/latin1'), { keyword: 'Caf\u00e9 open' })).cause).toBe('ok');
  });

  it('counts a normal shop page that mentions its database as up', async () => {
    expect((await check(site.url('/shop'), { keyword: FIXTURE_KEYWORD })).status).toBe('up');
  });

  it('reaches a named host through the configured DNS server', async () => {
    const result = await check(`http://${FIXTURE_SITE_DOMAIN}:${site.port}/ok`, { resolver: dns.resolver });
    expect(result).toMatchObject({ status: 'up', cause: 'ok' });
    expect(result.details).toMatchObject({ host: FIXTURE_SITE_DOMAIN, address: '127.0.0.1' });
  });
});

describe('checkHttp status codes and redirects', () => {
  it('calls a 5xx a server error and a 4xx a client error', async () => {
    const serverError = await check(site.url('/status/503'));
    expect(serverError).toMatchObject({ status: 'down', cause: 'http_server_error' });
    expect(serverError.details.statusCode).toBe(503);
    const clientError = await check(site.url('/status/404'));
    expect(clientError).toMatchObject({ status: 'down', cause: 'http_client_error' });
    expect(clientError.details.statusCode).toBe(404);
  });

  it('accepts exactly the statuses the user expects', async () => {
    expect((await check(site.url('/status/404'), { expectedStatus: [404] })).status).toBe('up');
    const unexpected = await check(site.url('/ok'), { expectedStatus: [204] });
    expect(unexpected.status).toBe('down');
    expect(unexpected.details).toMatchObject({ statusCode: 200, expectedStatus: '204' });
  });

  it('follows redirects to the final page', async () => {
    const result = await check(site.url('/redirect/3'));
    expect(result).toMatchObject({ status: 'up', cause: 'ok' });
    expect(result.details).toMatchObject({ redirects: 3, finalUrl: site.url('/ok'), statusCode: 200 });
  });

  it('does not follow a redirect the user expects as the answer', async () => {
    const result = await check(site.url('/redirect/2'), { expectedStatus: [302] });
    expect(result).toMatchObject({ status: 'up', cause: 'ok' });
    expect(result.details).toMatchObject({ redirects: 0, statusCode: 302 });
  });

  it('calls a redirect loop and too many redirects a redirect loop', async () => {
    const loop = await check(site.url('/redirect-loop'));
    expect(loop).toMatchObject({ status: 'down', cause: 'http_redirect_loop' });
    const tooMany = await check(site.url('/redirect/4'), { maxRedirects: 3 });
    expect(tooMany).toMatchObject({ status: 'down', cause: 'http_redirect_loop' });
    expect(tooMany.details.redirects).toBe(3);
    expect((await check(site.url('/redirect/3'), { maxRedirects: 3 })).status).toBe('up');
  });
});

describe('checkHttp content', () => {
  it('reports a missing keyword', async () => {
    const result = await check(site.url('/ok'), { keyword: 'Out of stock' });
    expect(result).toMatchObject({ status: 'down', cause: 'content_missing' });
    expect(result.details).toMatchObject({ keyword: 'Out of stock', keywordRule: 'must_contain' });
  });

  it('is case-sensitive about the keyword', async () => {
    expect((await check(site.url('/ok'), { keyword: FIXTURE_KEYWORD.toUpperCase() })).cause).toBe(
      'content_missing',
    );
  });

  it('reports a keyword that must be absent but is there', async () => {
    const result = await check(site.url('/ok'), { keywordAbsent: 'fixture shop' });
    expect(result).toMatchObject({ status: 'down', cause: 'content_missing' });
    expect(result.details).toMatchObject({ keyword: 'fixture shop', keywordRule: 'must_not_contain' });
    expect((await check(site.url('/ok'), { keywordAbsent: 'Out of stock' })).status).toBe('up');
  });

  it.each([
    ['/wordpress-db-error', 'wordpress_database', 500],
    ['/wordpress-critical', 'wordpress_critical', 500],
    ['/wordpress-critical?status=200', 'wordpress_critical', 200],
    ['/wordpress-critical-nl', 'wordpress_critical', 500],
    ['/suspended', 'account_suspended', 200],
    ['/parked', 'parked_domain', 200],
    ['/parked-nl', 'parked_domain', 200],
  ])('recognises the error page at %s', async (path, errorPage, statusCode) => {
    const result = await check(site.url(path));
    expect(result).toMatchObject({ status: 'down', cause: 'error_page' });
    expect(result.details).toMatchObject({ errorPage, statusCode });
  });

  it('reports a slow page as degraded', async () => {
    const result = await check(site.url('/slow/700'), { slowThresholdMs: 300 });
    expect(result).toMatchObject({ status: 'degraded', cause: 'slow_response' });
    expect(result.details.slowThresholdMs).toBe(300);
    expect(result.timings.total).toBeGreaterThan(300);
  });
});

describe('checkHttp connection failures', () => {
  it('reports a refused connection', async () => {
    const result = await check(`http://127.0.0.1:${await closedPort()}/`);
    expect(result).toMatchObject({ status: 'down', cause: 'connection_refused' });
    expect(result.details.errorCode).toBe('ECONNREFUSED');
  });

  it('reports a reset connection', async () => {
    const result = await check(site.url('/reset'));
    expect(result).toMatchObject({ status: 'down', cause: 'connection_reset' });
    expect(result.details.errorCode).toBe('ECONNRESET');
  });

  it('reports a server that never answers as a response timeout', async () => {
    const result = await check(site.url('/hang'), { timeoutMs: 1_500 });
    expect(result).toMatchObject({ status: 'down', cause: 'response_timeout' });
    expect(result.timings.connect).toBeDefined();
    expect(result.timings.firstByte).toBeUndefined();
  });

  it.each([
    [DNS_FIXTURE_NAMES.nxdomain, 'dns_not_found', 'nxdomain'],
    [DNS_FIXTURE_NAMES.noRecords, 'dns_not_found', 'no_records'],
    [DNS_FIXTURE_NAMES.servfail, 'dns_failed', 'servfail'],
  ])('reports DNS trouble for %s', async (name, cause, dnsFailure) => {
    const result = await check(`http://${name}:${site.port}/ok`, {
      resolver: dns.resolver,
      timeoutMs: 3_000,
    });
    expect(result).toMatchObject({ status: 'down', cause });
    expect(result.details.dnsFailure).toBe(dnsFailure);
  });

  it('reports a DNS server that is not there as a DNS failure', async () => {
    const resolver = `127.0.0.1:${await closedPort()}`;
    const result = await check(`http://${FIXTURE_SITE_DOMAIN}:${site.port}/ok`, {
      resolver,
      timeoutMs: 3_000,
    });
    expect(result).toMatchObject({ status: 'down', cause: 'dns_failed' });
  });
});

describe('checkHttp against a server switched down and up', () => {
  it('follows the fixture through server errors, refusal, hanging and recovery', async () => {
    const url = site.url('/ok');
    try {
      await site.setMode('server_error');
      expect((await check(url)).cause).toBe('http_server_error');
      await site.setMode('refuse');
      expect((await check(url)).cause).toBe('connection_refused');
      await site.setMode('hang');
      expect((await check(url, { timeoutMs: 1_000 })).cause).toBe('response_timeout');
      await site.setMode('up');
      expect((await check(url)).cause).toBe('ok');
    } finally {
      await site.setMode('up');
    }
  });
});
