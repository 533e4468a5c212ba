import { X509Certificate } from 'node:crypto';
import { getCACertificates, type DetailedPeerCertificate, type TLSSocket } from 'node:tls';
import { caIssuersUrls, fetchIssuers } from './aia-fetch';
import type { CertificateVerdict } from './tls-certificate';

/** What OpenSSL says when the chain stops short of a trusted root because a certificate's issuer is absent. */
const MISSING_ISSUER_ERRORS = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
]);
/** Intermediates between a leaf and a root; real chains have one or two. */
const MAX_ADDED_ISSUERS = 3;

export interface ChainSources {
  extraCaPem: readonly string[] | undefined;
  resolver: string | undefined;
  timeoutMs: number;
  now: number;
}

const anchorsByKey = new Map<string, X509Certificate[]>();
let systemStore: X509Certificate[] | null = null;

function parsed(pems: readonly string[]): X509Certificate[] {
  return pems.flatMap((pem) => {
    try {
      return [new X509Certificate(pem)];
    } catch {
      return [];
    }
  });
}

/** The roots the check trusts (built-in plus the owner's extra authorities), parsed once per set. */
function trustAnchors(extraCaPem: readonly string[] | undefined): X509Certificate[] {
  const key = extraCaPem?.join('\n') ?? '';
  let anchors = anchorsByKey.get(key);
  if (!anchors) {
    anchors = parsed([...getCACertificates('default'), ...(extraCaPem ?? [])]);
    if (anchorsByKey.size >= 16) anchorsByKey.delete(anchorsByKey.keys().next().value ?? '');
    anchorsByKey.set(key, anchors);
  }
  return anchors;
}

/** This machine's own certificate store, which on some systems also holds intermediates; read once. */
function systemCertificates(): X509Certificate[] {
  if (systemStore === null) {
    try {
      systemStore = parsed(getCACertificates('system'));
    } catch {
      systemStore = [];
    }
  }
  return systemStore;
}

function issued(issuer: X509Certificate, subject: X509Certificate, now: number): boolean {
  return (
    issuer.ca &&
    subject.checkIssued(issuer) &&
    subject.verify(issuer.publicKey) &&
    Date.parse(issuer.validFrom) <= now &&
    now <= Date.parse(issuer.validTo)
  );
}

/** The certificates the server sent, leaf first. */
function presentedChain(socket: TLSSocket): X509Certificate[] {
  const chain: X509Certificate[] = [];
  let current: DetailedPeerCertificate | undefined = socket.getPeerCertificate(true);
  while (current?.raw && chain.length < 10) {
    chain.push(new X509Certificate(current.raw));
    if (current.issuerCertificate === current) break;
    current = current.issuerCertificate;
  }
  return chain;
}

function commonName(certificate: X509Certificate): string {
  return /^CN=(.+)$/m.exec(certificate.subject)?.[1] ?? certificate.subject.split('\n').at(-1) ?? '';
}

/**
 * Tries to finish the chain the server left incomplete, the way Chrome, Edge and Safari do: with the
 * issuer named in the certificate's "CA Issuers" address, or one in this machine's store. Returns the
 * name of the first missing certificate when the chain then reaches a trusted root, otherwise null.
 */
async function completeChain(socket: TLSSocket, sources: ChainSources): Promise<string | null> {
  const anchors = trustAnchors(sources.extraCaPem);
  let top = presentedChain(socket).at(-1);
  let firstMissing: string | null = null;
  for (let added = 0; top && added <= MAX_ADDED_ISSUERS; added++) {
    const current = top;
    if (anchors.some((anchor) => issued(anchor, current, sources.now))) return firstMissing;
    if (added === MAX_ADDED_ISSUERS) break;
    const fetched: X509Certificate[] = [];
    for (const url of caIssuersUrls(current)) fetched.push(...(await fetchIssuers(url, sources)));
    top = [...fetched, ...systemCertificates()].find((candidate) => issued(candidate, current, sources.now));
    firstMissing ??= top ? commonName(top) : null;
  }
  return null;
}

/**
 * An "untrusted" certificate whose only fault is a missing intermediate that can be found is not
 * untrusted: most browsers show the site. It is a warning with its own fix (install the full chain).
 */
export async function recheckIncompleteChain(
  socket: TLSSocket,
  verdict: CertificateVerdict,
  sources: ChainSources,
): Promise<CertificateVerdict> {
  const error = verdict.details.authorizationError;
  if (verdict.cause !== 'tls_untrusted' || typeof error !== 'string' || !MISSING_ISSUER_ERRORS.has(error)) {
    return verdict;
  }
  const missingIssuer = await completeChain(socket, sources);
  if (missingIssuer === null) return verdict;
  return {
    ...verdict,
    status: 'degraded',
    cause: 'tls_incomplete_chain',
    details: { ...verdict.details, missingIssuer },
  };
}
