import { promises as dns } from 'node:dns';
import { isIP } from 'node:net';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
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

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DnsLookupError('timeout', 'ETIMEOUT')), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function resolveWithServer(
  host: string,
  resolver: string,
  timeoutMs: number,
): Promise<ResolvedAddress> {
  const client = new dns.Resolver({ timeout: Math.max(100, timeoutMs), tries: 1 });
  client.setServers([resolver]);
  const attempt = async (family: 4 | 6): Promise<ResolvedAddress[]> => {
    try {
      const addresses = family === 4 ? await client.resolve4(host) : await client.resolve6(host);
      return addresses.map((address) => ({ address, family }));
    } catch (error) {
      const failure = failureFromCode(codeOf(error));
      if (failure === 'no_records') return [];
      throw new DnsLookupError(failure, codeOf(error) ?? 'EUNKNOWN');
    }
  };
  try {
    const v4 = await attempt(4);
    if (v4[0]) return v4[0];
    const v6 = await attempt(6);
    if (v6[0]) return v6[0];
    throw new DnsLookupError('no_records', 'ENODATA');
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
    throw new DnsLookupError(failureFromCode(codeOf(error)), codeOf(error) ?? 'EUNKNOWN');
  }
}
