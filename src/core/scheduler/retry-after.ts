import type { CheckResult } from '../../shared/check-result';

/** A server that asks for a longer pause than this is probably misconfigured; the monitor must not go blind. */
export const MAX_HONOURED_PAUSE_MS = 60 * 60 * 1000;

/**
 * Until when a server asked not to be checked again: a rate-limited answer with a Retry-After, capped at
 * an hour. Null when it asked nothing, so the normal schedule applies.
 */
export function pauseAskedFor(result: CheckResult, now: number): number | null {
  if (result.cause !== 'rate_limited') return null;
  const wait = result.details.retryAfterMs;
  if (typeof wait !== 'number' || !Number.isFinite(wait) || wait <= 0) return null;
  return now + Math.min(wait, MAX_HONOURED_PAUSE_MS);
}
