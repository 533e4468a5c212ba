import type { CauseCode } from '../../shared/cause-codes';

/**
 * Which cause speaks for an incident when its monitors fail differently, most telling first. A failure
 * earlier in the chain explains the ones after it (no DNS means no connection, no connection means no
 * TLS, no TLS means no page), so the earliest one is both the most specific and the most serious to fix:
 * the machine itself, then DNS, connection, certificate, server answer, page content, speed. `unknown`
 * comes last and never replaces a cause that is known.
 */
export const CAUSE_PRECEDENCE = [
  'local_offline',
  'process_not_running',
  'service_stopped',
  'disk_almost_full',
  'dns_not_found',
  'dns_failed',
  'connection_refused',
  'connection_timeout',
  'connection_reset',
  'tls_expired',
  'tls_not_yet_valid',
  'tls_hostname_mismatch',
  'tls_untrusted',
  'tls_handshake_failed',
  'maintenance_mode',
  'http_server_error',
  'response_timeout',
  'http_redirect_loop',
  'error_page',
  'http_client_error',
  'content_missing',
  'tls_incomplete_chain',
  'tls_expiring_soon',
  'rate_limited',
  'slow_response',
  'blocked_by_protection',
  'unknown',
  'ok',
] as const satisfies readonly CauseCode[];

const RANK = new Map<CauseCode, number>(CAUSE_PRECEDENCE.map((cause, index) => [cause, index]));

function rank(cause: CauseCode): number {
  return RANK.get(cause) ?? CAUSE_PRECEDENCE.length;
}

/** The cause that speaks for a set of failing monitors; `unknown` when there is none. */
export function mostTellingCause(causes: Iterable<CauseCode>): CauseCode {
  let best: CauseCode = 'unknown';
  for (const cause of causes) if (rank(cause) < rank(best)) best = cause;
  return best;
}

/** The incident's cause after its failing monitors changed; a known cause is never traded for `unknown`. */
export function nextIncidentCause(current: CauseCode, failingCauses: Iterable<CauseCode>): CauseCode {
  const candidate = mostTellingCause(failingCauses);
  return candidate === 'unknown' ? current : candidate;
}
