import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';
import { getSystemErrorName } from 'node:util';
import type { CauseCode } from '../../shared/cause-codes';
import { errorCodeOf } from './network-errors';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface ResolvedAddresses {
  ipv4: string[];
  ipv6: string[];
}

/** Why a name did not resolve, finer than the cause code so the explanation can be exact. */
export type DnsFailure = 'nxdomain' | 'no_records' | 'servfail' | 'timeout' | 'refused';

export class DnsLookupError extends Error {
  constructor(
    readonly failure: DnsFailure,
    readonly code: string,
  ) {
    super(`dns lookup failed: ${code}`);
  }
}

/** A name that does not exist or has no address is "not found"; every other failure is the server's. */
export function causeOfDnsFailure(failure: DnsFailure): CauseCode {
  return failure === 'nxdomain' || failure === 'no_records' ? 'dns_not_found' : 'dns_failed';
}

function failureFromCode(code: string | undefined): DnsFailure {
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_NONAME':
      return 'nxdomain';
    case 'ENODATA':
    case 'EAI_NODATA':
      return 'no_records';
    case 'ETIMEOUT':
    case 'EAI_AGAIN':
      return 'timeout';
    case 'ECONNREFUSED':
    case 'EREFUSED':
      return 'refused';
    default:
      return 'servfail';
  }
}

/**
 * Node folds getaddrinfo's "no such name" and "name without addresses" into one ENOTFOUND; the errno
 * still tells them apart, so the owner hears "no address records" instead of "domain does not exist".
 */
function osLookupError(error: unknown): DnsLookupError {
  let code = errorCodeOf(error) ?? 'EUNKNOWN';
  if (code === 'ENOTFOUND' && typeof error === 'object' && error !== null && 'errno' in error) {
    const errno = error.errno;
    if (typeof errno === 'number' && errno < 0) {
      try {
        code = getSystemErrorName(errno);
      } catch {
        // an errno libuv does not know keeps the generic code
      }
    }
  }
  return new DnsLookupError(failureFromCode(code), code);
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DnsLookupError('timeout', 'ETIMEOUT')), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function createResolver(server: string, timeoutMs: number): dns.Resolver {
  const client = new dns.Resolver({ timeout: Math.max(100, timeoutMs), tries: 1 });
  client.setServers([server]);
  return client;
}

/** One address family from a DNS server; "no records of this family" is an empty list, not an error. */
async function queryFamily(client: dns.Resolver, host: string, family: 4 | 6): Promise<string[]> {
  try {
    return family === 4 ? await client.resolve4(host) : await client.resolve6(host);
  } catch (error) {
    const failure = failureFromCode(errorCodeOf(error));
    if (failure === 'no_records') return [];
    throw new DnsLookupError(failure, errorCodeOf(error) ?? 'EUNKNOWN');
  }
}

async function resolveWithServer(
  host: string,
  resolver: string,
  timeoutMs: number,
): Promise<ResolvedAddress> {
  const client = createResolver(resolver, timeoutMs);
  try {
    const [v4] = await queryFamily(client, host, 4);
    if (v4) return { address: v4, family: 4 };
    const [v6] = await queryFamily(client, host, 6);
    if (v6) return { address: v6, family: 6 };
    throw new DnsLookupError('no_records', 'ENODATA');
  } finally {
    client.cancel();
  }
}

/** When both families fail, the more telling failure wins: a missing domain, then a server fault. */
const FAILURE_PRECEDENCE: DnsFailure[] = ['nxdomain', 'servfail', 'refused', 'timeout', 'no_records'];

async function resolveAllWithServer(
  host: string,
  resolver: string,
  timeoutMs: number,
): Promise<ResolvedAddresses> {
  const client = createResolver(resolver, timeoutMs);
  try {
    const [v4, v6] = await Promise.allSettled([queryFamily(client, host, 4), queryFamily(client, host, 6)]);
    const ipv4 = v4.status === 'fulfilled' ? v4.value : [];
    const ipv6 = v6.status === 'fulfilled' ? v6.value : [];
    if (ipv4.length > 0 || ipv6.length > 0) return { ipv4, ipv6 };
    const errors = [v4, v6].flatMap((outcome) =>
      outcome.status === 'rejected' && outcome.reason instanceof DnsLookupError ? [outcome.reason] : [],
    );
    const worst = FAILURE_PRECEDENCE.map((failure) => errors.find((e) => e.failure === failure)).find(
      (error) => error !== undefined,
    );
    throw worst ?? new DnsLookupError('no_records', 'ENODATA');
  } finally {
    client.cancel();
  }
}

/**
 * Resolves a host name to one address, through the given DNS server (`host:port`) when there is one,
 * else through the operating system. IP literals and `localhost` resolve without a lookup.
 */
export async function lookupHost(
  host: string,
  resolver: string | undefined,
  timeoutMs: number,
): Promise<ResolvedAddress> {
  const bare = host.replace(/^\[|\]$/g, '');
  const literal = isIP(bare);
  if (literal === 4 || literal === 6) return { address: bare, family: literal };
  if (bare === 'localhost') return { address: '127.0.0.1', family: 4 };
  if (resolver) return withTimeout(resolveWithServer(bare, resolver, timeoutMs), timeoutMs);
  try {
    const found = await withTimeout(dns.lookup(bare), timeoutMs);
    return { address: found.address, family: found.family === 6 ? 6 : 4 };
  } catch (error) {
    if (error instanceof DnsLookupError) throw error;
    throw osLookupError(error);
  }
}

/**
 * Every IPv4 and IPv6 address of a name, through the given DNS server when there is one (both
 * families asked at once), else through the operating system. Throws DnsLookupError when there is none.
 */
export async function resolveAddresses(
  name: string,
  resolver: string | undefined,
  timeoutMs: number,
): Promise<ResolvedAddresses> {
  if (resolver) return withTimeout(resolveAllWithServer(name, resolver, timeoutMs), timeoutMs);
  try {
    const found = await withTimeout(dns.lookup(name, { all: true, order: 'verbatim' }), timeoutMs);
    const unique = (family: number) => [
      ...new Set(found.filter((entry) => entry.family === family).map((entry) => entry.address)),
    ];
    const addresses = { ipv4: unique(4), ipv6: unique(6) };
    if (addresses.ipv4.length === 0 && addresses.ipv6.length === 0) {
      throw new DnsLookupError('no_records', 'ENODATA');
    }
    return addresses;
  } catch (error) {
    if (error instanceof DnsLookupError) throw error;
    throw osLookupError(error);
  }
}
