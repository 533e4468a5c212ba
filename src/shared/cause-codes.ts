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
  'http_server_error',
  'http_client_error',
  'http_redirect_loop',
  'response_timeout',
  'slow_response',
  'content_missing',
  'error_page',
  'local_offline',
  'process_not_running',
  'service_stopped',
  'disk_almost_full',
  'unknown',
] as const;

export type CauseCode = (typeof CAUSE_CODES)[number];
