import { monitorEventLoopDelay } from 'node:perf_hooks';
import { expect } from 'vitest';

/** How often the event loop is sampled; a stall shorter than this goes unseen and falls under the grace. */
const SAMPLE_MS = 10;

/**
 * What a deadline may overrun on a quiet machine: the promise chain and socket teardown after the timer
 * fires. Timer lateness comes on top, measured, so a busy machine widens the bound by exactly its stall.
 */
export const DEADLINE_GRACE_MS = 1_000;

export interface Timed<T> {
  value: T;
  elapsedMs: number;
  /** The longest any timer of this process fired late while `work` ran (a stalled or descheduled loop). */
  latenessMs: number;
}

/**
 * Runs `work` while watching this process's event loop. On a loaded 2-core machine a timer set for 1.5 s
 * can fire a second late without the code under test doing anything wrong; a test that says "within the
 * timeout" then allows that measured lateness instead of racing the wall clock.
 */
export async function timeAgainstLoad<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const delays = monitorEventLoopDelay({ resolution: SAMPLE_MS });
  delays.enable();
  const started = performance.now();
  try {
    const value = await work();
    const elapsedMs = performance.now() - started;
    return { value, elapsedMs, latenessMs: delays.count > 0 ? delays.max / 1e6 : 0 };
  } finally {
    delays.disable();
  }
}

/** The work ended by its deadline, give or take how late this busy machine ran its timers meanwhile. */
export function expectByDeadline(timed: Timed<unknown>, deadlineMs: number, label = 'work'): void {
  expect(
    timed.elapsedMs,
    `${label} took ${Math.round(timed.elapsedMs)} ms for a ${deadlineMs} ms deadline; ` +
      `timers ran up to ${Math.round(timed.latenessMs)} ms late meanwhile`,
  ).toBeLessThan(deadlineMs + timed.latenessMs + DEADLINE_GRACE_MS);
}
