import { describe, expect, it } from 'vitest';
import { FAKE_CLOCK_START as T0 } from '../../../test/support/fake-clock';
import { createHarness, makeMonitor, startHarness } from '../../../test/support/scheduler-harness';

const shop = makeMonitor('shop', 'https://shop.example.nl');
const db = makeMonitor('db', 'tcp://127.0.0.1:5432');

describe('offline detection', () => {
  it('makes remote monitors unknown (you are offline) with no down, while local monitors go down as usual', async () => {
    const h = await startHarness({ monitors: [shop, db], checks: { intervalSeconds: 30 } });
    expect(h.statusOf('shop')).toBe('up');
    h.connectivity.online = false;
    h.checks.set('shop', 'down', 'connection_timeout');
    h.checks.set('db', 'down', 'connection_refused');
    await h.clock.advance(60_000);

    expect(h.scheduler.isOffline()).toBe(true);
    expect(h.connectivityChanges).toEqual([expect.objectContaining({ online: false, at: T0 + 30_000 })]);
    expect(h.scheduler.getState('shop')).toMatchObject({
      status: 'unknown',
      cause: 'local_offline',
      confirming: false,
    });
    expect(h.transitionsOf('shop').map((t) => `${t.from}->${t.to}:${t.cause}`)).toEqual([
      'pending->up:ok',
      'up->unknown:local_offline',
    ]);
    // The failed check is kept, but as what it means: the site's state is unknown.
    const recorded = h.results.filter((r) => r.monitorId === 'shop').at(-1)?.result;
    expect(recorded).toMatchObject({
      status: 'unknown',
      cause: 'local_offline',
      details: { observedCause: 'connection_timeout' },
    });
    // Remote checks wait for the internet; local ones carry on and are confirmed down.
    expect(h.checks.callsFor('shop')).toEqual([T0, T0 + 30_000]);
    expect(h.transitionsOf('db').at(-1)).toMatchObject({ from: 'up', to: 'down', at: T0 + 40_000 });
  });

  it('re-probes every 15 s while offline and re-checks remote monitors at once when the internet is back', async () => {
    const h = await startHarness({ monitors: [shop, db], checks: { intervalSeconds: 30 } });
    h.connectivity.online = false;
    h.checks.set('shop', 'down', 'connection_timeout');
    await h.clock.advance(30_000);
    expect(h.scheduler.isOffline()).toBe(true);
    const probesSoFar = h.connectivity.calls.length;
    await h.clock.advance(30_000);
    expect(h.connectivity.calls.slice(probesSoFar)).toEqual([T0 + 45_000, T0 + 60_000]);

    h.connectivity.online = true;
    h.checks.set('shop', 'up');
    await h.clock.advance(15_000);
    expect(h.connectivityChanges.at(-1)).toMatchObject({ online: true, at: T0 + 75_000 });
    expect(h.checks.callsFor('shop').at(-1)).toBe(T0 + 75_000);
    expect(h.transitionsOf('shop').at(-1)).toMatchObject({ from: 'unknown', to: 'up', at: T0 + 75_000 });
    expect(h.scheduler.isOffline()).toBe(false);
    expect(h.transitions.some((t) => t.to === 'down')).toBe(false);
  });

  it('notices being offline on its own schedule, without any failing check', async () => {
    const h = await startHarness({ monitors: [shop], checks: { intervalSeconds: 600 } });
    h.connectivity.online = false;
    await h.clock.advance(60_000);
    expect(h.connectivityChanges).toEqual([expect.objectContaining({ online: false, at: T0 + 60_000 })]);
    expect(h.scheduler.getState('shop')).toMatchObject({ status: 'unknown', cause: 'local_offline' });
    expect(h.checks.callsFor('shop')).toEqual([T0]);
  });

  it('confirms a remote site down as usual while the internet is fine', async () => {
    const h = await startHarness({ monitors: [shop], checks: { intervalSeconds: 30 } });
    h.checks.set('shop', 'down', 'http_server_error');
    await h.clock.advance(40_000);
    expect(h.transitionsOf('shop').at(-1)).toMatchObject({
      from: 'up',
      to: 'down',
      cause: 'http_server_error',
      at: T0 + 40_000,
    });
    expect(h.connectivity.calls.length).toBeGreaterThanOrEqual(2);
    expect(h.connectivityChanges).toEqual([]);
  });

  it('shares one connectivity probe among many remote monitors failing at once', async () => {
    const monitors = Array.from({ length: 20 }, (_, i) =>
      makeMonitor(`site${i}`, `https://site${i}.example.nl`),
    );
    const h = createHarness({ monitors, checks: { intervalSeconds: 30 } });
    h.connectivity.durationMs = 500;
    h.scheduler.start();
    await h.clock.advance(1000);
    for (const monitor of monitors) h.checks.set(monitor.id, 'down');
    await h.clock.advance(30_000);
    const probesAtFailure = h.connectivity.calls.filter((at) => at >= T0 + 30_000 && at < T0 + 31_000);
    expect(probesAtFailure).toHaveLength(1);
    // Every monitor is confirming its failure: the quick re-checks follow.
    expect(h.scheduler.getStates().every((state) => state.confirming)).toBe(true);
  });

  it('asks whether the internet is back when the owner presses "check now" while offline', async () => {
    const h = await startHarness({ monitors: [shop], checks: { intervalSeconds: 30 } });
    h.connectivity.online = false;
    h.checks.set('shop', 'down');
    await h.clock.advance(30_000);
    expect(h.scheduler.isOffline()).toBe(true);
    h.connectivity.online = true;
    h.checks.set('shop', 'up');
    await h.clock.advance(1_000);
    await h.scheduler.checkNow();
    expect(h.scheduler.isOffline()).toBe(false);
    expect(h.checks.callsFor('shop').at(-1)).toBe(T0 + 31_000);
    expect(h.statusOf('shop')).toBe('up');
  });

  it('shows a remote monitor added or switched on while offline as offline, not as pending', async () => {
    const off = makeMonitor('blog', 'https://blog.example.nl', { enabled: false });
    const h = await startHarness({ monitors: [shop, off], checks: { intervalSeconds: 30 } });
    h.connectivity.online = false;
    await h.clock.advance(60_000);
    expect(h.scheduler.isOffline()).toBe(true);
    h.scheduler.addMonitor(makeMonitor('mail', 'tcp://mail.example.nl:587'));
    h.scheduler.updateMonitor({ ...off, enabled: true });
    h.scheduler.addMonitor(makeMonitor('nas', 'tcp://192.168.1.10:445'));
    await h.clock.advance(1_000);
    expect(h.scheduler.getStates().map((s) => `${s.monitor.id}:${s.status}:${s.cause}`)).toEqual([
      'shop:unknown:local_offline',
      'blog:unknown:local_offline',
      'mail:unknown:local_offline',
      'nas:up:ok',
    ]);
  });
});
