import { describe, expect, it } from 'vitest';
import {
  createHarness,
  makeMonitor,
  settingsWith,
  startHarness,
} from '../../../test/support/scheduler-harness';
import { FAKE_CLOCK_START as T0 } from '../../../test/support/fake-clock';

const db = makeMonitor('db', 'tcp://127.0.0.1:5432');
const shop = makeMonitor('shop', 'https://shop.example.nl');

describe('monitors at runtime', () => {
  it('checks a monitor added after start within a second, and stops checking a removed one', async () => {
    const h = createHarness({ monitors: [db], checks: { intervalSeconds: 30 } });
    h.scheduler.start();
    await h.clock.advance(10_000);
    h.scheduler.addMonitor(shop);
    await h.clock.advance(1_000);
    expect(h.checks.callsFor('shop')).toEqual([T0 + 10_000]);
    expect(h.statusOf('shop')).toBe('up');
    h.scheduler.removeMonitor('db');
    await h.clock.advance(120_000);
    expect(h.checks.callsFor('db')).toEqual([T0]);
    expect(h.scheduler.getStates().map((s) => s.monitor.id)).toEqual(['shop']);
  });

  it('ignores the answer of a check in flight when its monitor is removed', async () => {
    const h = await startHarness({ monitors: [db], checkDurationMs: 1_000 });
    h.scheduler.removeMonitor('db');
    await h.clock.advance(1_000);
    expect(h.results).toEqual([]);
    expect(h.transitions).toEqual([]);
  });

  it('starts a monitor whose target changed from pending, and ignores answers about the old target', async () => {
    const h = createHarness({ monitors: [db], checks: { intervalSeconds: 30 }, checkDurationMs: 1_000 });
    h.checks.set('db', 'down');
    h.scheduler.start();
    await h.clock.advance(15_000);
    expect(h.statusOf('db')).toBe('down');
    const nextRun = h.checks.callsFor('db').at(-1)! + 30_000;
    await h.clock.advance(nextRun - h.clock.now() + 500); // a check of the old target is in flight
    expect(h.checks.inFlight).toBe(1);
    h.checks.set('db', 'up');
    const editedAt = h.clock.now();
    h.scheduler.updateMonitor({ ...db, target: 'tcp://127.0.0.1:5433' });
    expect(h.scheduler.getState('db')).toMatchObject({ status: 'pending', lastResult: null });
    await h.clock.advance(2_000);
    expect(h.checks.callsFor('db').at(-1)).toBe(editedAt);
    const answersSinceEdit = h.results.filter((r) => r.at > editedAt).map((r) => r.result.target);
    expect(answersSinceEdit).toEqual(['tcp://127.0.0.1:5433']);
    expect(h.transitionsOf('db').map((t) => `${t.from}->${t.to}`)).toEqual([
      'pending->down',
      'down->pending',
      'pending->up',
    ]);
  });

  it('keeps the state through a rename and moves the next run when the interval changes', async () => {
    const h = createHarness({ monitors: [db], checks: { intervalSeconds: 600 } });
    h.scheduler.start();
    await h.clock.advance(60_000);
    h.scheduler.updateMonitor({ ...db, name: 'Database' });
    expect(h.scheduler.getState('db')).toMatchObject({ status: 'up', since: T0 });
    h.scheduler.updateMonitor({ ...db, name: 'Database', intervalSeconds: 30 });
    await h.clock.advance(1_000);
    expect(h.checks.callsFor('db')).toEqual([T0, T0 + 60_000]);
    await h.clock.advance(30_000);
    expect(h.checks.callsFor('db')).toEqual([T0, T0 + 60_000, T0 + 90_000]);
  });

  it('passes the monitor timeout, or else the default one, to the check', async () => {
    const slow = makeMonitor('slow', 'https://slow.example.nl', { timeoutSeconds: 30, keyword: 'Welcome' });
    const h = await startHarness({ monitors: [db, slow], checks: { timeoutSeconds: 7 } });
    expect(h.checks.calls.find((c) => c.monitorId === 'db')?.options.timeoutMs).toBe(7_000);
    expect(h.checks.calls.find((c) => c.monitorId === 'slow')?.options).toMatchObject({
      timeoutMs: 30_000,
      keyword: 'Welcome',
    });
  });

  it('replaces the whole set with setMonitors', async () => {
    const h = await startHarness({ monitors: [db, shop] });
    const mail = makeMonitor('mail', 'tcp://127.0.0.1:25');
    h.scheduler.setMonitors([{ ...shop, name: 'Shop' }, mail]);
    await h.clock.advance(1_000);
    expect(h.scheduler.getStates().map((s) => `${s.monitor.id}:${s.monitor.name}:${s.status}`)).toEqual([
      'shop:Shop:up',
      'mail:mail:up',
    ]);
  });

  it('uses a minimum interval of 10 seconds whatever it is given', async () => {
    const h = createHarness({ monitors: [makeMonitor('fast', 'tcp://127.0.0.1:1', { intervalSeconds: 1 })] });
    h.scheduler.start();
    await h.clock.advance(30_000);
    expect(h.checks.callsFor('fast')).toEqual([T0, T0 + 10_000, T0 + 20_000, T0 + 30_000]);
  });
});

describe('checkNow', () => {
  it('checks every monitor at once and resolves when the answers are in', async () => {
    const h = createHarness({ monitors: [db, shop], checks: { intervalSeconds: 600 }, checkDurationMs: 500 });
    h.scheduler.start();
    await h.clock.advance(1_000);
    h.checks.set('db', 'degraded');
    const done = h.scheduler.checkNow();
    let settled = false;
    void done.then(() => {
      settled = true;
    });
    await h.clock.advance(100);
    expect(settled).toBe(false);
    await h.clock.advance(400);
    expect(settled).toBe(true);
    expect(h.checks.calls.map((c) => c.at)).toEqual([T0, T0, T0 + 1_000, T0 + 1_000]);
    expect(h.statusOf('db')).toBe('degraded');
  });

  it('checks just the one monitor asked for, and reschedules it a full interval later', async () => {
    const h = createHarness({ monitors: [db, shop], checks: { intervalSeconds: 60 } });
    h.scheduler.start();
    await h.clock.advance(50_000);
    await h.scheduler.checkNow('db');
    expect(h.checks.callsFor('db')).toEqual([T0, T0 + 50_000]);
    expect(h.checks.callsFor('shop')).toEqual([T0]);
    await h.clock.advance(60_000);
    expect(h.checks.callsFor('db')).toEqual([T0, T0 + 50_000, T0 + 110_000]);
    await h.scheduler.checkNow('nope');
  });

  it('does nothing before start or after stop, and stop clears every timer', async () => {
    const h = createHarness({ monitors: [db] });
    await h.scheduler.checkNow();
    expect(h.checks.calls).toEqual([]);
    h.scheduler.start();
    await h.clock.advance(0);
    h.scheduler.stop();
    expect(h.clock.pendingTimers()).toBe(0);
    await h.scheduler.checkNow();
    await h.clock.advance(600_000);
    expect(h.checks.calls).toHaveLength(1);
  });

  it('starts again after a stop', async () => {
    const h = await startHarness({ monitors: [db], checks: { intervalSeconds: 30 } });
    h.scheduler.stop();
    await h.clock.advance(60_000);
    h.scheduler.start();
    await h.clock.advance(30_000);
    expect(h.checks.callsFor('db')).toEqual([T0, T0 + 60_000, T0 + 90_000]);
  });
});

describe('settings at runtime', () => {
  it('moves the next runs when the default interval changes', async () => {
    const h = createHarness({ monitors: [db], checks: { intervalSeconds: 3_600 } });
    h.scheduler.start();
    await h.clock.advance(5_000);
    h.scheduler.setSettings(settingsWith({ intervalSeconds: 60 }));
    await h.clock.advance(60_000);
    expect(h.checks.callsFor('db')).toEqual([T0, T0 + 60_000]);
  });
});
