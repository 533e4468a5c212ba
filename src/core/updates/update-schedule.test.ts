import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../test/support/fake-clock';
import { expectByDeadline, timeAgainstLoad } from '../../../test/support/timer-lateness';
import type { Clock } from '../clock';
import { systemClock } from '../clock';
import { startUpdateSchedule, UPDATE_SCHEDULE } from './update-schedule';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * Timers run on a monotonic clock that stands still while the computer sleeps and ignores the date being
 * changed; `wallOffset` moves only the wall clock the schedule reads, as sleeping or setting the date does.
 */
function scheduled(timers: FakeClock) {
  let wallOffset = 0;
  const clock: Clock = {
    now: () => timers.now() + wallOffset,
    setTimeout: (callback, delayMs) => timers.setTimeout(callback, delayMs),
    clearTimeout: (handle) => timers.clearTimeout(handle),
  };
  const checks: number[] = [];
  const schedule = startUpdateSchedule(clock, () => checks.push(timers.now()));
  return { checks, schedule, moveWallClock: (ms: number) => (wallOffset += ms) };
}

describe('when Back Online looks for an update', () => {
  it('looks soon after start, then once a day', async () => {
    const clock = new FakeClock();
    const start = clock.now();
    const { checks, schedule } = scheduled(clock);
    await clock.advance(UPDATE_SCHEDULE.firstDelayMs - 1);
    expect(checks).toEqual([]);
    await clock.advance(1);
    expect(checks).toEqual([start + UPDATE_SCHEDULE.firstDelayMs]);
    await clock.advance(3 * DAY);
    expect(checks.map((at) => at - start)).toEqual([
      UPDATE_SCHEDULE.firstDelayMs,
      UPDATE_SCHEDULE.firstDelayMs + DAY,
      UPDATE_SCHEDULE.firstDelayMs + 2 * DAY,
      UPDATE_SCHEDULE.firstDelayMs + 3 * DAY,
    ]);
    schedule.stop();
  });

  it('catches up within the hour after a computer slept through the daily check', async () => {
    const clock = new FakeClock();
    const { checks, schedule, moveWallClock } = scheduled(clock);
    await clock.advance(UPDATE_SCHEDULE.firstDelayMs);
    expect(checks).toHaveLength(1);
    // Asleep for two days: no timer ran meanwhile, the wall clock moved on.
    moveWallClock(2 * DAY);
    await clock.advance(HOUR);
    expect(checks).toHaveLength(2);
    await clock.advance(DAY - 2 * HOUR);
    expect(checks).toHaveLength(2);
    schedule.stop();
  });

  it('does not wait for a clock that was set back to catch up', async () => {
    const clock = new FakeClock();
    const { checks, schedule, moveWallClock } = scheduled(clock);
    await clock.advance(UPDATE_SCHEDULE.firstDelayMs);
    moveWallClock(-3 * DAY);
    await clock.advance(HOUR);
    expect(checks).toHaveLength(2);
    schedule.stop();
  });

  it('looks again on the next tick after a failed check, then daily again', async () => {
    const clock = new FakeClock();
    const start = clock.now();
    const { checks, schedule } = scheduled(clock);
    await clock.advance(UPDATE_SCHEDULE.firstDelayMs);
    schedule.retryOnNextTick();
    await clock.advance(UPDATE_SCHEDULE.tickMs);
    expect(checks.map((at) => at - start)).toEqual([
      UPDATE_SCHEDULE.firstDelayMs,
      UPDATE_SCHEDULE.firstDelayMs + UPDATE_SCHEDULE.tickMs,
    ]);
    await clock.advance(DAY - UPDATE_SCHEDULE.tickMs);
    expect(checks).toHaveLength(2);
    await clock.advance(UPDATE_SCHEDULE.tickMs);
    expect(checks).toHaveLength(3);
    schedule.stop();
  });

  it('stops looking once stopped', async () => {
    const clock = new FakeClock();
    const { checks, schedule } = scheduled(clock);
    schedule.stop();
    await clock.advance(3 * DAY);
    expect(checks).toEqual([]);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('keeps its promise on real timers', async () => {
    const times = { firstDelayMs: 50, intervalMs: 100, tickMs: 20 };
    let schedule: { stop(): void } | null = null;
    const timed = await timeAgainstLoad(
      () =>
        new Promise<void>((resolve) => {
          let checks = 0;
          schedule = startUpdateSchedule(systemClock, () => ++checks === 2 && resolve(), times);
        }),
    );
    (schedule as { stop(): void } | null)?.stop();
    // The second check is due one interval after the first, noticed on the next tick at the latest.
    expectByDeadline(timed, times.firstDelayMs + times.intervalMs + times.tickMs, 'the second check');
    expect(timed.elapsedMs).toBeGreaterThanOrEqual(times.firstDelayMs + times.intervalMs - 5);
  });
});
