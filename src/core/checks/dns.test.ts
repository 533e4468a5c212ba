import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DNS_FIXTURE_NAMES,
  FIXTURE_SITE_DOMAIN,
  startDnsFixture,
  type DnsFixture,
} from '../../../test/fixtures/dns-fixture';
import { networkCheckDeps } from '../../../test/support/check-deps';
import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from '../../shared/check-options';
import { checkDns } from './dns';
import { lookupHost, resolveAddresses } from './resolve';

const deps = networkCheckDeps();
let fixture: DnsFixture;
let options: CheckOptions;

beforeAll(async () => {
  fixture = await startDnsFixture();
  options = { ...DEFAULT_CHECK_OPTIONS, timeoutMs: 5_000, resolver: fixture.resolver };
});
afterAll(() => fixture.close());

const check = (name: string, overrides: Partial<CheckOptions> = {}) =>
  checkDns({ kind: 'dns', name }, `dns://${name}`, { ...options, ...overrides }, deps);

describe('checkDns', () => {
  it('is up with every A and AAAA address of a name', async () => {
    const result = await check(DNS_FIXTURE_NAMES.dualStack);
    expect(result).toMatchObject({
      kind: 'dns',
      target: `dns://${DNS_FIXTURE_NAMES.dualStack}`,
      status: 'up',
      cause: 'ok',
      details: { addresses: '127.0.0.1, ::1', ipv4: 1, ipv6: 1, resolver: fixture.resolver },
    });
    expect(result.timings.dns).toBeGreaterThanOrEqual(0);
    expect(result.timings.total).toBeGreaterThanOrEqual(result.timings.dns ?? 0);
  });

  it('is up for a name with only IPv4, counting no IPv6', async () => {
    const result = await check(DNS_FIXTURE_NAMES.ipv4Only);
    expect(result).toMatchObject({ status: 'up', details: { addresses: '127.0.0.1', ipv4: 1, ipv6: 0 } });
  });

  it('resolves any name under the fixture site domain to loopback', async () => {
    const result = await check(`www.${FIXTURE_SITE_DOMAIN}`);
    expect(result).toMatchObject({ status: 'up', details: { addresses: '127.0.0.1' } });
  });

  it.each([
    [DNS_FIXTURE_NAMES.nxdomain, 'dns_not_found', 'nxdomain'],
    [DNS_FIXTURE_NAMES.noRecords, 'dns_not_found', 'no_records'],
    [DNS_FIXTURE_NAMES.servfail, 'dns_failed', 'servfail'],
    [DNS_FIXTURE_NAMES.refused, 'dns_failed', 'refused'],
  ])('tells %s apart: %s (%s)', async (name, cause, dnsFailure) => {
    const result = await check(name);
    expect(result).toMatchObject({ status: 'down', cause, details: { name, dnsFailure } });
  });

  it('calls a server that never answers a timeout, within the time allowed', async () => {
    const result = await check(DNS_FIXTURE_NAMES.dropped, { timeoutMs: 800 });
    expect(result).toMatchObject({ status: 'down', cause: 'dns_failed', details: { dnsFailure: 'timeout' } });
    expect(result.durationMs).toBeGreaterThanOrEqual(700);
    expect(result.durationMs).toBeLessThan(800 + 5_000);
  });

  it('calls a resolver port where nothing listens refused', async () => {
    const result = await check(DNS_FIXTURE_NAMES.dualStack, { resolver: '127.0.0.1:1' });
    expect(result).toMatchObject({ status: 'down', cause: 'dns_failed', details: { dnsFailure: 'refused' } });
  });

  it('asks the operating system when no resolver is given', async () => {
    const result = await checkDns(
      { kind: 'dns', name: 'localhost' },
      'dns://localhost',
      { ...DEFAULT_CHECK_OPTIONS, timeoutMs: 5_000 },
      deps,
    );
    expect(result).toMatchObject({ status: 'up', cause: 'ok', details: { resolver: 'system' } });
    expect(String(result.details.addresses)).toMatch(/127\.0\.0\.1|::1/);
  });
});

describe('resolve helpers through a DNS server', () => {
  it('resolveAddresses lists both families', async () => {
    await expect(resolveAddresses(DNS_FIXTURE_NAMES.dualStack, fixture.resolver, 5_000)).resolves.toEqual({
      ipv4: ['127.0.0.1'],
      ipv6: ['::1'],
    });
  });

  it('lookupHost picks one address and keeps its typed failures', async () => {
    await expect(lookupHost(`shop.${FIXTURE_SITE_DOMAIN}`, fixture.resolver, 5_000)).resolves.toEqual({
      address: '127.0.0.1',
      family: 4,
    });
    await expect(lookupHost(DNS_FIXTURE_NAMES.noRecords, fixture.resolver, 5_000)).rejects.toMatchObject({
      failure: 'no_records',
    });
    await expect(lookupHost(DNS_FIXTURE_NAMES.servfail, fixture.resolver, 5_000)).rejects.toMatchObject({
      failure: 'servfail',
    });
  });
});
