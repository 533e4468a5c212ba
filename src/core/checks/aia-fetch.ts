import { X509Certificate } from 'node:crypto';
import { request } from 'node:http';
import { lookupHost } from './resolve';

/** An issuer certificate is a few kilobytes; anything much larger is not one. */
const MAX_ISSUER_BYTES = 64 * 1024;
const MAX_FETCH_MS = 5_000;
/** A failed fetch is tried again after this long, so a passing network hiccup does not stick. */
const FAILURE_TTL_MS = 10 * 60 * 1000;
const MAX_CACHED_URLS = 64;

interface CachedFetch {
  /** Shared by every check that asks while the download runs, so each address is fetched once. */
  certificates: Promise<X509Certificate[]>;
  /** When a failure may be tried again; absent for a success (kept) or a download still running. */
  retryAfter?: number;
}

const cache = new Map<string, CachedFetch>();

/** The "CA Issuers" addresses a certificate names in its Authority Information Access extension. */
export function caIssuersUrls(certificate: X509Certificate): string[] {
  const access = certificate.infoAccess ?? '';
  return [...access.matchAll(/^CA Issuers - URI:(\S+)$/gm)].map((match) => match[1] ?? '');
}

/** Certificates in a download: PEM (one or more blocks) or a single DER certificate. */
export function parseCertificates(bytes: Buffer): X509Certificate[] {
  const text = bytes.toString('latin1');
  if (text.includes('-----BEGIN CERTIFICATE-----')) {
    const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
    return blocks.flatMap((block) => parseOne(block));
  }
  return parseOne(bytes);
}

function parseOne(input: string | Buffer): X509Certificate[] {
  try {
    return [new X509Certificate(input)];
  } catch {
    return [];
  }
}

function download(url: URL, address: string, timeoutMs: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: Buffer | null): void => {
      clearTimeout(timer);
      req.destroy();
      resolve(result);
    };
    const req = request(
      {
        host: address,
        port: url.port || 80,
        path: `${url.pathname}${url.search}`,
        headers: { host: url.host },
      },
      (response) => {
        if (response.statusCode !== 200) return done(null);
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ISSUER_BYTES) return done(null);
          chunks.push(chunk);
        });
        response.once('end', () => done(Buffer.concat(chunks)));
        response.once('error', () => done(null));
      },
    );
    const timer = setTimeout(() => done(null), timeoutMs);
    req.once('error', () => done(null));
    req.end();
  });
}

async function fetchNow(
  address: string,
  resolver: string | undefined,
  timeoutMs: number,
): Promise<X509Certificate[]> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return [];
  }
  if (url.protocol !== 'http:') return [];
  const limit = Math.min(timeoutMs, MAX_FETCH_MS);
  const resolved = await lookupHost(url.hostname, resolver, limit).catch(() => null);
  const bytes = resolved ? await download(url, resolved.address, limit) : null;
  return bytes ? parseCertificates(bytes) : [];
}

/**
 * The issuer certificates behind a "CA Issuers" address, fetched once over plain http (as browsers do) and
 * kept for later checks. Only http is followed: that is what the extension is for, and it cannot loop
 * back into the TLS check that asked.
 */
export function fetchIssuers(
  address: string,
  { resolver, timeoutMs, now }: { resolver: string | undefined; timeoutMs: number; now: number },
): Promise<X509Certificate[]> {
  const cached = cache.get(address);
  if (cached && (cached.retryAfter === undefined || now < cached.retryAfter)) return cached.certificates;
  const entry: CachedFetch = { certificates: fetchNow(address, resolver, timeoutMs) };
  if (cache.size >= MAX_CACHED_URLS) cache.delete(cache.keys().next().value ?? '');
  cache.set(address, entry);
  void entry.certificates.then((certificates) => {
    if (certificates.length === 0) entry.retryAfter = now + FAILURE_TTL_MS;
  });
  return entry.certificates;
}
