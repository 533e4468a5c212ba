import type { Clock } from '../clock';

/**
 * Runs `start` and never throws: a throw or rejection becomes `fallback('threw')`, and no answer within
 * `deadlineMs` becomes `fallback('watchdog')`, so one stuck call cannot stall whatever waits on it.
 */
export async function settleWithin<T>(
  clock: Clock,
  deadlineMs: number,
  start: () => Promise<T>,
  fallback: (reason: 'threw' | 'watchdog') => T,
): Promise<T> {
  let giveUp: (value: T) => void = () => undefined;
  const deadline = new Promise<T>((resolve) => {
    giveUp = resolve;
  });
  const timer = clock.setTimeout(() => giveUp(fallback('watchdog')), deadlineMs);
  let running: Promise<T>;
  try {
    running = start().catch(() => fallback('threw'));
  } catch {
    running = Promise.resolve(fallback('threw'));
  }
  try {
    return await Promise.race([running, deadline]);
  } finally {
    clock.clearTimeout(timer);
  }
}
