/**
 * How long a server asked to be left alone (`Retry-After`: delay-seconds or an HTTP date), in milliseconds
 * from `nowMs`; undefined when the header is absent or unreadable. A date in the past means "now" (0).
 */
export function retryAfterMs(header: string | string[] | undefined, nowMs: number): number | undefined {
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // every HTTP date form starts with the day's name; anything else (say "-5") is no date
  if (!/^[A-Za-z]/.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}
