import type { FinalAnswer, Verdict } from './http-verdict';
import { detectMaintenancePage } from './maintenance-pages';
import { detectProtection } from './protection-pages';
import { retryAfterMs } from './retry-after';

/**
 * What a server says about itself instead of serving the page: "too many requests", "you look like a
 * robot", "closed for maintenance". Each reads as "down" to a status code, and only the last one is.
 * Returns null when the answer says none of these.
 */
export function judgeServerSignals(answer: FinalAnswer, text: string, expected: boolean): Verdict | null {
  const { statusCode, headers } = answer;
  const retryAfter = retryAfterMs(headers['retry-after'], answer.receivedAt);
  if (!expected) {
    if (statusCode === 429) {
      return { status: 'degraded', cause: 'rate_limited', details: { retryAfterMs: retryAfter } };
    }
    const protection = detectProtection(headers, text);
    if (protection) return { status: 'unknown', cause: 'blocked_by_protection', details: { protection } };
  }
  const maintenancePage = detectMaintenancePage(text);
  if (maintenancePage || (!expected && statusCode === 503 && retryAfter !== undefined)) {
    return {
      status: 'down',
      cause: 'maintenance_mode',
      details: { maintenancePage: maintenancePage ?? 'retry_after', retryAfterMs: retryAfter },
    };
  }
  return null;
}
