/** The diagnosis contract: every check result names exactly one of these. Add more only with a reason. */
export const CAUSE_CODES = [
  'ok',
  'dns_not_found',
  'dns_failed',
  'connection_refused',
  'connection_timeout',
  'connection_reset',
  'tls_expired',
  'tls_expiring_soon',
  'tls_not_yet_valid',
  'tls_untrusted',
  'tls_hostname_mismatch',
  'tls_handshake_failed',
  // The server leaves out an intermediate certificate that can be found elsewhere: browsers cope, but apps,
  // payment callbacks and older phones fail, so it is a warning with its own fix (install the full chain).
  'tls_incomplete_chain',
  'http_server_error',
  'http_client_error',
  'http_redirect_loop',
  // A firewall or bot protection (Cloudflare, Sucuri, …) stops automatic checks while visitors get
  // through: the site's state is unknown, and calling it down would send the owner into a panic for nothing.
  'blocked_by_protection',
  // The server asks automatic checks to slow down (429): the site works, but the check interval is too short.
  'rate_limited',
  'response_timeout',
  'slow_response',
  'content_missing',
  'error_page',
  // The site announces planned or stuck maintenance (503 + Retry-After, WordPress's .maintenance page):
  // still down for visitors, but the fix is different (finish the update, or remove the .maintenance file).
  'maintenance_mode',
  'local_offline',
  'process_not_running',
  'service_stopped',
  'disk_almost_full',
  'unknown',
] as const;

export type CauseCode = (typeof CAUSE_CODES)[number];
