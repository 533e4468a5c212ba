import type { CauseCode } from '../../shared/cause-codes';
import { causeFromErrorCode } from './network-errors';
import { causeOfDnsFailure, DnsLookupError, type DnsFailure } from './resolve';

/** Where a network check was when it stopped; the same error means different things in each. */
export type ConnectionPhase = 'connect' | 'tls' | 'response' | 'body';

export interface ConnectionFailure {
  phase: ConnectionPhase;
  errorCode?: string;
  timedOut: boolean;
}

/** Codes for an answer that broke the protocol: the server is there but misbehaving. */
function isMalformedAnswer(code: string | undefined): boolean {
  return code !== undefined && (code.startsWith('HPE_') || code.startsWith('Z_'));
}

export function causeOfConnectionFailure({ phase, errorCode, timedOut }: ConnectionFailure): CauseCode {
  if (phase === 'tls') return 'tls_handshake_failed';
  if (timedOut) return phase === 'connect' ? 'connection_timeout' : 'response_timeout';
  if (phase !== 'connect' && isMalformedAnswer(errorCode)) return 'http_server_error';
  return causeFromErrorCode(errorCode);
}

export interface DnsFailureFacts {
  cause: CauseCode;
  dnsFailure: DnsFailure;
  errorCode: string;
}

export function factsOfDnsFailure(error: unknown): DnsFailureFacts {
  const failure = error instanceof DnsLookupError ? error.failure : 'servfail';
  const errorCode = error instanceof DnsLookupError ? error.code : 'EUNKNOWN';
  return { cause: causeOfDnsFailure(failure), dnsFailure: failure, errorCode };
}
