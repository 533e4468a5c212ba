import { describe, expect, it } from 'vitest';
import {
  createHarness,
  makeMonitor,
  seededRandom,
  settingsWith,
  startHarness,
} from '../../../test/support/scheduler-harness';
import { FAKE_CLOCK_START as T0 } from '../../../test/support/fake-clock';

const many = (count: number, interval?: number) =>
  Array.from({ length: count }, (_, i) =>
    makeMonitor(`m${i}`, `https://site${i}.example.nl`, interval ? { intervalSeconds: interval } : {}),
  );

describe('load', () => {
  it('never runs more checks at once than the concurrency cap, and serves them first come first served', async () => {
    const monitors = many(40);
    const h = await startHarness({
      monitors,
      checks: { concurrency: 8, intervalSeconds: 60 },
      checkDurationMs: 2_000,
    });
    expect(h.checks.inFlight).toBe(8);
    expect(h.scheduler.getStats()).toMatchObject({ inFlight: 8, queued: 32 });
    await h.clock.advance(60_000);
    expect(h.checks.maxInFlight).toBe(8);
    const firstRound = h.checks.calls.slice(0, 40).map((call) => call.monitorId);
    expect(firstRound).toEqual(monitors.map((m) => m.id));
    // Five waves of two seconds: the last monitor waited eight seconds, and the stats say so.
    expect(h.checks.calls[39]?.at).toBe(T0 + 8_000);
    expect(h.scheduler.getStats().lagMax).toBeGreaterThanOrEqual(8_000);
  });

  it('applies a new concurrency cap at runtime', async () => {
    const h = await startHarness({ monitors: many(20), checks: { concurrency: 2 }, checkDurationMs: 1_000 });
    expect(h.checks.inFlight).toBe(2);
    h.scheduler.setSettings(settingsWith({ concurrency: 5 }));
    await h.clock.advance(0);
    expect(h.checks.inFlight).toBe(5);
    await h.clock.advance(10_000);
    expect(h.checks.maxInFlight).toBe(5);
  });

  it('spreads the first runs of many monitors across the interval', async () => {
    const h = createHarness({ monitors: many(1000, 30), random: seededRandom(42) });
    h.scheduler.start();
    await h.clock.advance(30_000);
    const firstRuns = h.checks.calls.filter((call) => call.at < T0 + 30_000).map((call) => call.at - T0);
    expect(firstRuns).toHaveLength(1000);
    const perSecond = new Array<number>(30).fill(0);
    for (const offset of firstRuns) perSecond[Math.floor(offset / 1000)]! += 1;
    // Evenly spread would be ~33 a second; nothing close to all of them at once.
    expect(Math.max(...perSecond)).toBeLessThan(70);
    expect(Math.min(...perSecond)).toBeGreaterThan(10);
  });

  it('starts a handful of monitors almost at once', async () => {
    const h = createHarness({ monitors: many(3, 300), random: () => 0.999 });
    h.scheduler.start();
    await h.clock.advance(1_000);
    expect(h.checks.calls).toHaveLength(3);
  });

  it('adds a small jitter to each run so monitors do not stay in lockstep', async () => {
    let call = 0;
    const h = createHarness({ monitors: many(1, 60), random: () => (call++ === 0 ? 0 : 0.5) });
    h.scheduler.start();
    await h.clock.advance(180_000);
    const gaps = h.checks
      .callsFor('m0')
      .slice(1)
      .map((at, i) => at - h.checks.callsFor('m0')[i]!);
    // 5 % of a minute is 3 s, capped at 1 s; half of that is 500 ms.
    expect(gaps).toEqual([60_500, 60_500]);
  });

  it('keeps 1,000 monitors at 30 s on schedule, with the cap respected', async () => {
    const h = createHarness({
      monitors: many(1000, 30),
      random: seededRandom(1),
      checks: { concurrency: 8 },
    });
    h.scheduler.start();
    await h.clock.advance(2 * 60_000);
    const stats = h.scheduler.getStats();
    // Four rounds each, give or take the one in progress (each run adds up to a second of jitter).
    expect(stats.checksRun).toBeGreaterThanOrEqual(3_500);
    expect(stats.checksRun).toBeLessThanOrEqual(4_000);
    expect(stats.lagP99).toBe(0);
    expect(h.checks.maxInFlight).toBeLessThanOrEqual(8);
  }, 60_000);
});
