import type { SnoozeDuration } from '../../shared/api-contract';
import type { Monitor } from '../../shared/monitor';
import type { MaintenanceWindow } from '../../shared/settings';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const MINUTES_PER_DAY = 24 * 60;
/** Before this local hour "tomorrow 08:00" still means the coming morning: the owner has not slept yet. */
const NIGHT_ENDS_AT_HOUR = 4;
const MORNING_HOUR = 8;

/** When a snooze chosen now ends; "tomorrow" is 08:00 on the machine's local clock. */
export function snoozeEnd(duration: SnoozeDuration, now: number): number {
  switch (duration) {
    case '15m':
      return now + 15 * MINUTE;
    case '1h':
      return now + HOUR;
    case '4h':
      return now + 4 * HOUR;
    case 'tomorrow':
      return tomorrowMorning(now);
  }
}

/** 08:00 local time on the next calendar day, built from local date parts so DST days come out right. */
export function tomorrowMorning(now: number): number {
  const today = new Date(now);
  const dayOffset = today.getHours() < NIGHT_ENDS_AT_HOUR ? 0 : 1;
  return new Date(
    today.getFullYear(),
    today.getMonth(),
    today.getDate() + dayOffset,
    MORNING_HOUR,
    0,
    0,
    0,
  ).getTime();
}

function minutesOf(timeOfDay: string): number {
  const [hours, minutes] = timeOfDay.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export function windowCoversMonitor(window: MaintenanceWindow, monitor: Monitor): boolean {
  if (window.monitors.length === 0) return true;
  const name = monitor.name.trim().toLowerCase();
  return window.monitors.some((entry) => entry === monitor.id || entry.trim().toLowerCase() === name);
}

/**
 * Whether local time `at` falls inside the window. `days` names the day a window starts on, so a
 * Saturday 23:00–02:00 window also covers the small hours of Sunday. A window whose end is not after its
 * start crosses midnight; equal start and end means a full day.
 */
export function windowIsOpen(window: MaintenanceWindow, at: number): boolean {
  const date = new Date(at);
  const minute = date.getHours() * 60 + date.getMinutes();
  const day = date.getDay();
  const start = minutesOf(window.start);
  const end = minutesOf(window.end);
  const startsOn = (weekday: number): boolean => window.days.length === 0 || window.days.includes(weekday);
  if (start < end) return startsOn(day) && minute >= start && minute < end;
  if (minute >= start) return startsOn(day);
  return minute < end && startsOn((day + 6) % 7);
}

export function inMaintenance(monitor: Monitor, windows: readonly MaintenanceWindow[], at: number): boolean {
  return windows.some((window) => windowCoversMonitor(window, monitor) && windowIsOpen(window, at));
}

/** The next moment after `now` at which any window opens or closes, or null without windows. */
export function nextWindowBoundary(windows: readonly MaintenanceWindow[], now: number): number | null {
  const today = new Date(now);
  let next: number | null = null;
  const minutesOfDay = new Set<number>();
  for (const window of windows) {
    minutesOfDay.add(minutesOf(window.start));
    minutesOfDay.add(minutesOf(window.end) % MINUTES_PER_DAY);
  }
  // Every boundary minute recurs daily (days only decide whether the window opens), so today and
  // tomorrow always hold the next one; the third day is slack for a DST jump over the last one.
  for (let dayOffset = 0; dayOffset <= 2 && next === null; dayOffset += 1) {
    for (const minute of minutesOfDay) {
      const candidate = new Date(
        today.getFullYear(),
        today.getMonth(),
        today.getDate() + dayOffset,
        Math.floor(minute / 60),
        minute % 60,
      ).getTime();
      if (candidate > now && (next === null || candidate < next)) next = candidate;
    }
  }
  return next;
}
