import { describe, expect, it } from 'vitest';
import {
  createHarness,
  makeMonitor,
  settingsWith,
  startHarness,
} from '../../../test/support/scheduler-harness';
import { pinTimeZone } from '../../../test/support/time-zone';
import { snoozeEnd } from './schedule-windows';

pinTimeZone('Europe/Amsterdam');

const HOUR = 3_600_000;
// Saturday 28 November 2026, 22:00 in Amsterdam (UTC+1).
const saturdayEvening = Date.UTC(2026, 10, 28, 21, 0);
const shop = makeMonitor('shop', 'https://shop.example.nl', { name: 'Web shop' });
const db = makeMonitor('db', 'tcp://127.0.0.1:5432');

describe('maintenance windows', () => {
  it('pauses the listed monitors across midnight and resumes checking when the window closes', async () => {
    const h = createHarness({
      start: saturdayEvening,
      monitors: [shop, db],
      checks: { intervalSeconds: 60 },
      maintenanceWindows: [{ monitors: ['web shop'], days: [6], start: '23:00', end: '02:00' }],
    });
    h.scheduler.start();
    await h.clock.advance(HOUR);
    const opened = saturdayEvening + HOUR;
    expect(h.scheduler.getState('shop')).toMatchObject({
      status: 'paused',
      pausedReason: 'maintenance',
      since: opened,
    });
    expect(h.statusOf('db')).toBe('up');

    await h.clock.advance(3 * HOUR - 1);
    expect(h.checks.callsFor('shop').filter((at) => at >= opened)).toEqual([]);
    expect(h.checks.callsFor('db').filter((at) => at >= opened).length).toBeGreaterThan(150);

    await h.clock.advance(1);
    const closed = saturdayEvening + 4 * HOUR; // Sunday 02:00
    expect(h.checks.callsFor('shop').filter((at) => at >= opened)).toEqual([closed]);
    expect(h.transitionsOf('shop').map((t) => `${t.from}->${t.to}`)).toEqual([
      'pending->up',
      'up->paused',
      'paused->pending',
      'pending->up',
    ]);
    expect(h.scheduler.getState('shop')?.pausedReason).toBeNull();
  });

  it('pauses a monitor the moment a window covering it is configured', async () => {
    const h = await startHarness({ start: saturdayEvening, monitors: [shop, db] });
    h.scheduler.setSettings(settingsWith({}, [{ monitors: [], days: [], start: '21:00', end: '23:00' }]));
    expect(h.scheduler.getStates().map((s) => s.pausedReason)).toEqual(['maintenance', 'maintenance']);
  });

  it('never checks a disabled monitor, and checks it once enabled', async () => {
    const off = makeMonitor('off', 'tcp://127.0.0.1:6379', { enabled: false });
    const h = createHarness({ monitors: [off], checks: { intervalSeconds: 30 } });
    h.scheduler.start();
    await h.clock.advance(10 * 60_000);
    expect(h.scheduler.getState('off')).toMatchObject({ status: 'paused', pausedReason: 'disabled' });
    expect(h.checks.callsFor('off')).toEqual([]);
    h.scheduler.updateMonitor({ ...off, enabled: true });
    await h.clock.advance(1_000);
    expect(h.checks.callsFor('off')).toHaveLength(1);
    expect(h.scheduler.getState('off')).toMatchObject({ status: 'up', pausedReason: null });
  });
});

describe('snooze', () => {
  it('keeps checking but flags transitions during the snooze, until it ends', async () => {
    const h = await startHarness({ start: saturdayEvening, monitors: [db], checks: { intervalSeconds: 30 } });
    const until = saturdayEvening + HOUR;
    h.scheduler.snooze(until);
    expect(h.scheduler.snoozedUntil()).toBe(until);
    h.checks.set('db', 'down');
    await h.clock.advance(60_000);
    expect(h.transitionsOf('db').at(-1)).toMatchObject({ to: 'down', duringSnooze: true });

    await h.clock.advance(HOUR);
    expect(h.scheduler.snoozedUntil()).toBeNull();
    h.checks.set('db', 'up');
    await h.clock.advance(60_000);
    expect(h.transitionsOf('db').at(-1)).toMatchObject({ to: 'up', duringSnooze: false });
    expect(h.checks.callsFor('db').length).toBeGreaterThan(HOUR / 30_000);
  });

  it('ends early on resume, and flags connectivity changes during the snooze too', async () => {
    const h = await startHarness({ start: saturdayEvening, monitors: [shop] });
    h.scheduler.snooze(snoozeEnd('tomorrow', h.clock.now()));
    // Sunday 08:00 in Amsterdam.
    expect(h.scheduler.snoozedUntil()).toBe(Date.UTC(2026, 10, 29, 7, 0));
    h.connectivity.online = false;
    await h.clock.advance(60_000);
    expect(h.connectivityChanges.at(-1)).toMatchObject({ online: false, duringSnooze: true });
    h.scheduler.resume();
    expect(h.scheduler.snoozedUntil()).toBeNull();
    h.connectivity.online = true;
    await h.clock.advance(15_000);
    expect(h.connectivityChanges.at(-1)).toMatchObject({ online: true, duringSnooze: false });
  });

  it('treats a snooze that has already ended as a resume', () => {
    const h = createHarness({ monitors: [db] });
    h.scheduler.snooze(h.clock.now() - 1);
    expect(h.scheduler.snoozedUntil()).toBeNull();
  });
});
