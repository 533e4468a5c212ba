import type { CauseCode } from '../cause-codes';

/**
 * Customers hear a cause in a few plain words ("a problem at our hosting company"), never the diagnosis:
 * every cause code falls into one of these groups, and each group has a description the owner can change.
 */
export const CAUSE_GROUPS = [
  'hosting',
  'web_address',
  'secure_connection',
  'website',
  'slowness',
  'internet',
  'local_system',
  'maintenance',
  'unknown',
] as const;
export type CauseGroup = (typeof CAUSE_GROUPS)[number];

export const CAUSE_GROUP_OF: Record<CauseCode, CauseGroup> = {
  ok: 'unknown',
  dns_not_found: 'web_address',
  dns_failed: 'web_address',
  connection_refused: 'hosting',
  connection_timeout: 'hosting',
  connection_reset: 'hosting',
  tls_expired: 'secure_connection',
  tls_expiring_soon: 'secure_connection',
  tls_not_yet_valid: 'secure_connection',
  tls_untrusted: 'secure_connection',
  tls_hostname_mismatch: 'secure_connection',
  tls_handshake_failed: 'secure_connection',
  tls_incomplete_chain: 'secure_connection',
  http_server_error: 'hosting',
  http_client_error: 'website',
  http_redirect_loop: 'website',
  // The site's own protection or rate limit turns visitors (or some of them) away: the hosting side.
  blocked_by_protection: 'hosting',
  rate_limited: 'hosting',
  maintenance_mode: 'maintenance',
  response_timeout: 'hosting',
  slow_response: 'slowness',
  content_missing: 'website',
  error_page: 'website',
  local_offline: 'internet',
  process_not_running: 'local_system',
  service_stopped: 'local_system',
  disk_almost_full: 'local_system',
  unknown: 'unknown',
};
