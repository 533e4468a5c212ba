import type { CauseCode } from '../../shared/cause-codes';

/** Maps a Node socket/DNS error code to the cause the owner is told about. */
export function causeFromErrorCode(code: string | undefined): CauseCode {
  switch (code) {
    case 'ENOTFOUND':
    case 'EAI_NONAME':
    case 'ENODATA':
      return 'dns_not_found';
    case 'ESERVFAIL':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
    case 'EREFUSED':
      return 'dns_failed';
    case 'ECONNREFUSED':
      return 'connection_refused';
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'EHOSTDOWN':
      return 'connection_timeout';
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ECONNABORTED':
      return 'connection_reset';
    default:
      return 'unknown';
  }
}

export function errorCodeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}
