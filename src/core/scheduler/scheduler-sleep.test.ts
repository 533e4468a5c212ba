import { describe, expect, it } from 'vitest';
import { FAKE_CLOCK_START as T0 } from '../../../test/support/fake-clock';
import { createHarness, makeMonitor, startHarness } from '../../../test/support/scheduler-harness';

const HOUR = 3_600_000;
const db = makeMonitor('db', 'tcp://127.0.0.1:5432');
const shop = makeMonitor('shop', 'https://shop.example.nl');

describe('system sleep and resume', () => {
  it('stops every timer while suspended', async () => {
    const h = await startHarness({ monitors: [db, shop], checks: { intervalSeconds: 30 } });
    const checks = h.checks.calls.length;
    const probes = h.connectivity.calls.length;
    h.scheduler.systemSuspended();
    await h.clock.advance(HOUR);
    expect(h.checks.calls).toHaveLength(checks);
    expect(h.connectivity.calls).toHaveLength(probes);
  });

  it('confirms no failure during the grace period after a resume, then re-checks everything', async () => {
    const h = await startHarness({ monitors: [db], checks: { intervalSeconds: 60, resumeGraceSeconds: 30 } });
    h.scheduler.systemSuspended();
    h.clock.jump(HOUR);
    const wokeAt = T0 + HOUR;
    h.checks.set('db', 'down', 'connection_refused');
    h.scheduler.systemResumed();
    expect(h.scheduler.resumeGraceUntil()).toBe(wokeAt + 30_000);

    await h.clock.advance(29_000);
    // Checked and recorded during the grace period, but not confirmed down and not quickly re-checked.
    expect(h.checks.callsFor('db')).toEqual([T0, wokeAt]);
    expect(h.results.at(-1)?.result.status).toBe('down');
    expect(h.scheduler.getState('db')).toMatchObject({ status: 'up', confirming: true });
    expect(h.transitionsOf('db').map((t) => t.to)).toEqual(['up']);

    await h.clock.advance(1_000);
    expect(h.scheduler.resumeGraceUntil()).toBeNull();
    expect(h.checks.callsFor('db').at(-1)).toBe(wokeAt + 30_000);
    await h.clock.advance(5_000);
    // The held failure plus the two after the grace period: down, and not flagged as during grace.
    expect(h.transitionsOf('db').at(-1)).toMatchObject({
      from: 'up',
      to: 'down',
      at: wokeAt + 35_000,
      duringGrace: false,
    });
  });

  it('does not call a monitor down that recovers within the grace period', async () => {
    const h = await startHarness({ monitors: [db], checks: { intervalSeconds: 60 } });
    h.scheduler.systemSuspended();
    h.clock.jump(HOUR);
    h.checks.set('db', 'down');
    h.scheduler.systemResumed();
    await h.clock.advance(10_000);
    h.checks.set('db', 'up');
    await h.clock.advance(5 * 60_000);
    expect(h.transitionsOf('db').map((t) => t.to)).toEqual(['up']);
    expect(h.scheduler.getState('db')).toMatchObject({ status: 'up', confirming: false });
  });

  it('spreads the catch-up checks over the grace period', async () => {
    const monitors = Array.from({ length: 10 }, (_, i) =>
      makeMonitor(`m${i}`, `tcp://127.0.0.1:${5000 + i}`),
    );
    let next = 0;
    const h = createHarness({
      monitors,
      random: () => (next++ % 10) / 10,
      checks: { resumeGraceSeconds: 30 },
    });
    h.scheduler.start();
    await h.clock.advance(5_000);
    h.scheduler.systemSuspended();
    h.clock.jump(HOUR);
    const wokeAt = h.clock.now();
    h.scheduler.systemResumed();
    await h.clock.advance(29_999);
    const catchUp = h.checks.calls.filter((call) => call.at >= wokeAt).map((call) => call.at - wokeAt);
    expect(catchUp).toHaveLength(10);
    expect(Math.max(...catchUp) - Math.min(...catchUp)).toBeGreaterThanOrEqual(20_000);
  });

  it('detects a resume it was not told about from a timer that fires far too late', async () => {
    const h = await startHarness({ monitors: [db], checks: { intervalSeconds: 30, resumeGraceSeconds: 30 } });
    h.checks.set('db', 'down');
    h.clock.jump(10 * 60_000);
    const wokeAt = h.clock.now();
    await h.clock.advance(0);
    expect(h.scheduler.resumeGraceUntil()).toBe(wokeAt + 30_000);
    await h.clock.advance(29_000);
    expect(h.checks.callsFor('db').filter((at) => at >= wokeAt).length).toBeGreaterThanOrEqual(1);
    expect(h.statusOf('db')).toBe('up');
    await h.clock.advance(10_000);
    expect(h.statusOf('db')).toBe('down');
  });

  it('does not mistake an ordinary short delay for a resume', async () => {
    const h = await startHarness({ monitors: [db], checks: { intervalSeconds: 30 } });
    h.clock.jump(40_000);
    await h.clock.advance(0);
    expect(h.scheduler.resumeGraceUntil()).toBeNull();
  });

  it('probes connectivity at once after a resume, so waking up without Wi-Fi shows offline', async () => {
    const h = await startHarness({ monitors: [shop], checks: { intervalSeconds: 300 } });
    h.scheduler.systemSuspended();
    h.clock.jump(HOUR);
    h.connectivity.online = false;
    h.scheduler.systemResumed();
    await h.clock.advance(0);
    expect(h.scheduler.isOffline()).toBe(true);
    expect(h.connectivityChanges.at(-1)).toMatchObject({ online: false, at: T0 + HOUR });
    expect(h.transitions.some((t) => t.to === 'down')).toBe(false);
  });

  it('ignores an answer to a check that was in flight when the machine went to sleep', async () => {
    const h = createHarness({ monitors: [db], checks: { intervalSeconds: 30 }, checkDurationMs: 2_000 });
    h.scheduler.start();
    await h.clock.advance(2_000);
    await h.clock.advance(29_000);
    h.checks.set('db', 'down');
    h.scheduler.systemSuspended();
    const results = h.results.length;
    await h.clock.advance(5_000);
    expect(h.results).toHaveLength(results);
    expect(h.scheduler.getState('db')?.confirming).toBe(false);
  });
});
