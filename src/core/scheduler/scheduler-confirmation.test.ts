import { describe, expect, it } from 'vitest';
import { FAKE_CLOCK_START as T0 } from '../../../test/support/fake-clock';
import { createHarness, makeMonitor, startHarness } from '../../../test/support/scheduler-harness';

const local = makeMonitor('db', 'tcp://127.0.0.1:5432');

describe('failure confirmation', () => {
  it('never calls a monitor down for one failure followed by a success', async () => {
    const h = await startHarness({ monitors: [local], checks: { intervalSeconds: 30 } });
    expect(h.statusOf('db')).toBe('up');
    h.checks.set('db', 'down');
    await h.clock.advance(30_000);
    expect(h.scheduler.getState('db')).toMatchObject({ status: 'up', confirming: true });
    h.checks.set('db', 'up');
    await h.clock.advance(5_000);
    expect(h.scheduler.getState('db')).toMatchObject({ status: 'up', confirming: false });
    await h.clock.advance(120_000);
    expect(h.transitionsOf('db').map((t) => t.to)).toEqual(['up']);
  });

  it('confirms down after the first failure and two quick re-checks, at the expected time', async () => {
    const h = await startHarness({ monitors: [local], checks: { intervalSeconds: 30 } });
    h.checks.set('db', 'down', 'connection_refused');
    await h.clock.advance(60_000);
    // The next regular check follows one interval after the latest one.
    expect(h.checks.callsFor('db')).toEqual([T0, T0 + 30_000, T0 + 35_000, T0 + 40_000]);
    const down = h.transitionsOf('db').find((t) => t.to === 'down');
    expect(down).toMatchObject({
      from: 'up',
      to: 'down',
      cause: 'connection_refused',
      at: T0 + 40_000,
      duringSnooze: false,
      duringGrace: false,
    });
    expect(down?.result?.status).toBe('down');
    expect(h.scheduler.getState('db')).toMatchObject({
      status: 'down',
      since: T0 + 40_000,
      confirming: false,
    });
  });

  it('follows the configured re-check count and delay', async () => {
    const h = createHarness({
      monitors: [local],
      checks: { intervalSeconds: 60, confirmRechecks: 1, recheckDelaySeconds: 10 },
    });
    h.scheduler.start();
    h.checks.set('db', 'down');
    await h.clock.advance(15_000);
    expect(h.transitionsOf('db')).toEqual([
      expect.objectContaining({ from: 'pending', to: 'down', at: T0 + 10_000 }),
    ]);
  });

  it('needs the recovery threshold of successes, re-checked quickly, before a down monitor is up', async () => {
    const h = createHarness({ monitors: [local], checks: { intervalSeconds: 30, recoveryThreshold: 3 } });
    h.checks.set('db', 'down');
    h.scheduler.start();
    await h.clock.advance(10_000);
    expect(h.statusOf('db')).toBe('down');
    h.checks.set('db', 'up');
    await h.clock.advance(30_000); // the regular check at +40 s
    expect(h.scheduler.getState('db')).toMatchObject({ status: 'down', confirming: false });
    await h.clock.advance(5_000);
    expect(h.statusOf('db')).toBe('down');
    await h.clock.advance(5_000);
    expect(h.statusOf('db')).toBe('up');
    expect(h.transitionsOf('db').at(-1)).toMatchObject({ from: 'down', to: 'up', at: T0 + 50_000 });
    expect(h.checks.callsFor('db').slice(-3)).toEqual([T0 + 40_000, T0 + 45_000, T0 + 50_000]);
  });

  it('reports degraded without confirmation, and it is not a failure', async () => {
    const h = await startHarness({ monitors: [local], checks: { intervalSeconds: 30 } });
    h.checks.set('db', 'degraded', 'slow_response');
    await h.clock.advance(30_000);
    expect(h.transitionsOf('db').at(-1)).toMatchObject({
      from: 'up',
      to: 'degraded',
      cause: 'slow_response',
      at: T0 + 30_000,
    });
    expect(h.scheduler.getState('db')?.confirming).toBe(false);
    h.checks.set('db', 'up');
    await h.clock.advance(30_000);
    expect(h.transitionsOf('db').at(-1)).toMatchObject({ from: 'degraded', to: 'up', at: T0 + 60_000 });
    expect(h.checks.callsFor('db')).toEqual([T0, T0 + 30_000, T0 + 60_000]);
  });

  it('does not let unknown results confirm down or count as recovery', async () => {
    const h = createHarness({ monitors: [local], checks: { intervalSeconds: 30 } });
    h.checks.set('db', 'down');
    h.scheduler.start();
    await h.clock.advance(10_000);
    expect(h.statusOf('db')).toBe('down');
    h.checks.set('db', 'unknown');
    await h.clock.advance(120_000);
    expect(h.statusOf('db')).toBe('down');
    expect(h.transitionsOf('db').map((t) => t.to)).toEqual(['down']);
  });

  it('reports every confirmed change of a flapping monitor, in order, and no blip in between', async () => {
    const h = createHarness({ monitors: [local], checks: { intervalSeconds: 30 } });
    // One answer per check: a blip, a confirmed outage, a half recovery, a recovery, another outage.
    h.checks.script('db', [
      'up',
      'down',
      'up',
      'down',
      'down',
      'down',
      'up',
      'down',
      'up',
      'up',
      'down',
      'down',
      'down',
    ]);
    h.scheduler.start();
    await h.clock.advance(200_000);
    const seconds = (at: number) => (at - T0) / 1000;
    expect(h.checks.callsFor('db').slice(0, 13).map(seconds)).toEqual([
      0, 30, 35, 65, 70, 75, 105, 110, 140, 145, 175, 180, 185,
    ]);
    expect(h.transitionsOf('db').map((t) => `${t.from}->${t.to}@${seconds(t.at)}`)).toEqual([
      'pending->up@0',
      'up->down@75',
      'down->up@145',
      'up->down@185',
    ]);
  });

  it('hands every result to onResult before the transition it causes', async () => {
    const h = createHarness({ monitors: [local] });
    const order: string[] = [];
    h.scheduler.onResult((id, result) => order.push(`result ${id} ${result.status}`));
    h.scheduler.onTransition((t) => order.push(`transition ${t.monitorId} ${t.to}`));
    h.scheduler.start();
    await h.clock.advance(0);
    expect(order).toEqual(['result db up', 'transition db up']);
    expect(h.scheduler.getState('db')?.lastResult?.status).toBe('up');
    expect(h.scheduler.getState('db')?.lastCheckedAt).toBe(T0);
  });

  it('turns a check that throws into an unknown result instead of a crash', async () => {
    const h = createHarness({ monitors: [local] });
    h.checks.throwing.add('db');
    h.scheduler.start();
    await h.clock.advance(0);
    expect(h.statusOf('db')).toBe('unknown');
    expect(h.results[0]?.result).toMatchObject({
      status: 'unknown',
      kind: 'tcp',
      details: { checkFailed: 'threw' },
    });
  });
});
