import type { Clock, TimerHandle } from '../clock';

export interface UpdateScheduleTimes {
  /** From start to the first check: long enough that start-up is not slowed, short enough to count as at start. */
  firstDelayMs: number;
  intervalMs: number;
  /** How often the wall clock is looked at: a computer that slept through the day's check catches up within this. */
  tickMs: number;
}

export const UPDATE_SCHEDULE: UpdateScheduleTimes = {
  firstDelayMs: 15_000,
  intervalMs: 24 * 60 * 60 * 1000,
  tickMs: 60 * 60 * 1000,
};

export interface UpdateSchedule {
  /** The last check failed (no network yet at login, a server away): look again on the next tick, not tomorrow. */
  retryOnNextTick(): void;
  stop(): void;
}

/**
 * Checks soon after start, then once a day. Timers stand still while a computer sleeps, so the day is
 * measured on the wall clock, looked at every tick, rather than with one 24-hour timer.
 */
export function startUpdateSchedule(
  clock: Clock,
  check: () => void,
  times: UpdateScheduleTimes = UPDATE_SCHEDULE,
): UpdateSchedule {
  let lastCheckAt: number | null = null;
  let timer: TimerHandle | null = null;

  const due = (now: number) =>
    // A clock set back (a wrong date fixed) must not postpone the next check by however far it went back.
    lastCheckAt === null || now - lastCheckAt >= times.intervalMs || now < lastCheckAt;
  const tick = () => {
    const now = clock.now();
    if (due(now)) {
      lastCheckAt = now;
      check();
    }
    timer = clock.setTimeout(tick, times.tickMs);
  };
  timer = clock.setTimeout(tick, times.firstDelayMs);
  return {
    retryOnNextTick() {
      lastCheckAt = null;
    },
    stop() {
      if (timer) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
