import { describe, expect, it } from 'vitest';
import { makeMonitor } from '../../../test/support/scheduler-harness';
import { pinTimeZone } from '../../../test/support/time-zone';
import type { MaintenanceWindow } from '../../shared/settings';
import {
  inMaintenance,
  nextWindowBoundary,
  snoozeEnd,
  tomorrowMorning,
  windowCoversMonitor,
  windowIsOpen,
} from './schedule-windows';

// Local time matters here, so pin the zone: Amsterdam is UTC+1 in winter, UTC+2 in summer.
pinTimeZone('Europe/Amsterdam');

const utc = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
// Saturday 28 November 2026, 10:00 in Amsterdam.
const saturdayMorning = utc(2026, 11, 28, 9);

describe('snooze ends', () => {
  it('adds fixed durations', () => {
    expect(snoozeEnd('15m', saturdayMorning)).toBe(saturdayMorning + 15 * 60_000);
    expect(snoozeEnd('1h', saturdayMorning)).toBe(saturdayMorning + 3_600_000);
    expect(snoozeEnd('4h', saturdayMorning)).toBe(saturdayMorning + 4 * 3_600_000);
  });

  it('puts "tomorrow" at 08:00 local time on the next day', () => {
    expect(new Date(saturdayMorning).getHours()).toBe(10);
    expect(snoozeEnd('tomorrow', saturdayMorning)).toBe(utc(2026, 11, 29, 7));
    // 23:30 local on Saturday.
    expect(tomorrowMorning(utc(2026, 11, 28, 22, 30))).toBe(utc(2026, 11, 29, 7));
  });

  it('means this coming morning when asked in the small hours', () => {
    // 00:30 local on Sunday: "tomorrow 08:00" is in 7.5 hours, not 31.5.
    expect(tomorrowMorning(utc(2026, 11, 28, 23, 30))).toBe(utc(2026, 11, 29, 7));
  });

  it('follows the clock change: the night summer time starts is an hour shorter', () => {
    // Saturday 28 March 2026 12:00 CET; Sunday 08:00 is CEST (UTC+2).
    expect(tomorrowMorning(utc(2026, 3, 28, 11))).toBe(utc(2026, 3, 29, 6));
  });
});

const window = (
  start: string,
  end: string,
  days: number[] = [],
  monitors: string[] = [],
): MaintenanceWindow => ({
  start,
  end,
  days,
  monitors,
});

describe('maintenance windows', () => {
  it('opens at start and closes at end on the listed days', () => {
    const saturdayOnly = window('09:00', '11:00', [6]);
    expect(windowIsOpen(saturdayOnly, utc(2026, 11, 28, 8))).toBe(true); // Sat 09:00
    expect(windowIsOpen(saturdayOnly, utc(2026, 11, 28, 7, 59))).toBe(false); // Sat 08:59
    expect(windowIsOpen(saturdayOnly, utc(2026, 11, 28, 10))).toBe(false); // Sat 11:00
    expect(windowIsOpen(saturdayOnly, utc(2026, 11, 29, 9))).toBe(false); // Sun 10:00
    expect(windowIsOpen(window('09:00', '11:00'), utc(2026, 11, 29, 9))).toBe(true);
  });

  it('crosses midnight, counting the small hours to the day it started', () => {
    const saturdayNight = window('23:00', '02:00', [6]);
    expect(windowIsOpen(saturdayNight, utc(2026, 11, 28, 22, 30))).toBe(true); // Sat 23:30
    expect(windowIsOpen(saturdayNight, utc(2026, 11, 29, 0, 30))).toBe(true); // Sun 01:30
    expect(windowIsOpen(saturdayNight, utc(2026, 11, 29, 1))).toBe(false); // Sun 02:00
    expect(windowIsOpen(saturdayNight, utc(2026, 11, 28, 0, 30))).toBe(false); // Sat 01:30 (Friday night)
    expect(windowIsOpen(saturdayNight, utc(2026, 11, 28, 21, 59))).toBe(false); // Sat 22:59
  });

  it('treats equal start and end as a whole day', () => {
    const allDay = window('06:00', '06:00', [0]);
    expect(windowIsOpen(allDay, utc(2026, 11, 29, 5))).toBe(true); // Sun 06:00
    expect(windowIsOpen(allDay, utc(2026, 11, 30, 4))).toBe(true); // Mon 05:00
    expect(windowIsOpen(allDay, utc(2026, 11, 30, 5))).toBe(false); // Mon 06:00
  });

  it('matches monitors by id or by name, or all when none are listed', () => {
    const shop = makeMonitor('m1', 'https://shop.example.nl', { name: 'Web Shop' });
    expect(windowCoversMonitor(window('01:00', '02:00'), shop)).toBe(true);
    expect(windowCoversMonitor(window('01:00', '02:00', [], ['m1']), shop)).toBe(true);
    expect(windowCoversMonitor(window('01:00', '02:00', [], [' web shop ']), shop)).toBe(true);
    expect(windowCoversMonitor(window('01:00', '02:00', [], ['m2', 'Mail']), shop)).toBe(false);
    expect(inMaintenance(shop, [window('09:00', '11:00', [], ['Mail'])], saturdayMorning)).toBe(false);
    expect(inMaintenance(shop, [window('09:00', '11:00', [], ['Web Shop'])], saturdayMorning)).toBe(true);
  });

  it('finds the next moment a window opens or closes', () => {
    const windows = [window('23:00', '02:00', [6]), window('12:00', '12:30')];
    expect(nextWindowBoundary(windows, saturdayMorning)).toBe(utc(2026, 11, 28, 11)); // Sat 12:00
    expect(nextWindowBoundary(windows, utc(2026, 11, 28, 22, 30))).toBe(utc(2026, 11, 29, 1)); // Sun 02:00
    expect(nextWindowBoundary([], saturdayMorning)).toBeNull();
  });
});
