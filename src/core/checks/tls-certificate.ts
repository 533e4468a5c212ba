import { checkServerIdentity, type PeerCertificate, type TLSSocket } from 'node:tls';
import type { CauseCode } from '../../shared/cause-codes';
import type { CheckDetails, CheckStatus } from '../../shared/check-result';
import { compactDetails } from './check-details';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the certificate itself means for the site, judged from the certificate, not only the chain. */
export interface CertificateVerdict {
  status: Extract<CheckStatus, 'up' | 'degraded' | 'down'>;
  cause: CauseCode;
  /** Milliseconds until it expires; negative once expired. Lets callers report the most urgent one. */
  msLeft: number;
  details: CheckDetails;
}

/** Chain errors that are about dates: the leaf was fine, so a certificate above it is out of date. */
const CHAIN_DATE_CAUSES: Record<string, CauseCode> = {
  CERT_HAS_EXPIRED: 'tls_expired',
  CERT_NOT_YET_VALID: 'tls_not_yet_valid',
};

function nameOf(entity: PeerCertificate['subject'] | undefined): string | undefined {
  if (!entity) return undefined;
  const pick = (value: string | string[] | undefined): string | undefined =>
    Array.isArray(value) ? value[0] : value;
  return pick(entity.CN) ?? pick(entity.O);
}

function isoOrUndefined(ms: number): string | undefined {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/**
 * Judges the peer certificate of a finished handshake in a fixed priority: expired, not yet valid,
 * wrong host, untrusted, expiring soon. The dates come first so that an expired certificate is called
 * expired even when its chain is also untrusted: renewing it is the fix the owner needs to hear.
 */
export function inspectCertificate(
  socket: TLSSocket,
  hostname: string,
  nowMs: number,
  warnDays: number,
): CertificateVerdict {
  const certificate = socket.getPeerCertificate(false);
  const validFrom = Date.parse(certificate.valid_from ?? '');
  const validTo = Date.parse(certificate.valid_to ?? '');
  const msLeft = validTo - nowMs;
  const daysLeft = Number.isFinite(msLeft) ? Math.floor(msLeft / DAY_MS) : undefined;
  const authorizationError = socket.authorized ? undefined : String(socket.authorizationError ?? 'UNKNOWN');
  const details = compactDetails({
    daysLeft,
    validFrom: isoOrUndefined(validFrom),
    validTo: isoOrUndefined(validTo),
    issuer: nameOf(certificate.issuer),
    subject: nameOf(certificate.subject),
    authorizationError,
  });
  const verdict = (status: CertificateVerdict['status'], cause: CauseCode): CertificateVerdict => ({
    status,
    cause,
    msLeft: Number.isFinite(msLeft) ? msLeft : Number.NEGATIVE_INFINITY,
    details,
  });

  if (!Number.isFinite(validFrom) || !Number.isFinite(validTo)) return verdict('down', 'tls_untrusted');
  if (msLeft < 0) return verdict('down', 'tls_expired');
  if (nowMs < validFrom) return verdict('down', 'tls_not_yet_valid');
  const identityError = checkServerIdentity(hostname, certificate);
  if (identityError) {
    if (certificate.subjectaltname) details.certificateNames = certificate.subjectaltname;
    return verdict('down', 'tls_hostname_mismatch');
  }
  if (authorizationError && authorizationError !== 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return verdict('down', CHAIN_DATE_CAUSES[authorizationError] ?? 'tls_untrusted');
  }
  if (msLeft <= warnDays * DAY_MS) return verdict('degraded', 'tls_expiring_soon');
  return verdict('up', 'ok');
}
