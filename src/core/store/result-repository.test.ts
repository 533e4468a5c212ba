import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../shared/check-result';
import { MonitorRepository } from './monitor-repository';
import { ResultRepository } from './result-repository';
import { checkResult, TempStore } from './store-test-helpers';

const store = new TempStore();
afterEach(() => store.cleanUp());

const T0 = Date.UTC(2026, 10, 28, 0, 0, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function setup(path?: string) {
  const db = store.open(path);
  const monitors = new MonitorRepository(db, { now: () => T0 });
  const results = new ResultRepository(db);
  const shop = monitors.create({ name: 'Shop', target: 'https://shop.example.nl' });
  const add = (at: number, status: CheckStatus, durationMs: number, monitorId = shop.id) =>
    results.insertMany([{ monitorId, result: checkResult(at, status, durationMs) }]);
  return { db, monitors, results, shop, add };
}

/** Fisher–Yates with a fixed seed, so insertion order differs from value order yet the test is stable. */
function shuffled<T>(values: readonly T[]): T[] {
  const copy = [...values];
  let seed = 42;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('ResultRepository', () => {
  it('stores a batch in one call, skips results of unknown monitors, and reads the latest back', () => {
    const { results, shop, monitors } = setup();
    const mail = monitors.create({ name: 'Mail', target: 'tcp://mail.example.nl:993' });
    const stored = results.insertMany([
      { monitorId: shop.id, result: checkResult(T0, 'up', 120, { statusCode: 200 }) },
      { monitorId: shop.id, result: checkResult(T0 + MINUTE, 'down', 10_000, { errorCode: 'ECONNREFUSED' }) },
      { monitorId: mail.id, result: checkResult(T0, 'up', 30.6) },
      { monitorId: 'deleted-meanwhile', result: checkResult(T0, 'up', 1) },
    ]);
    expect(stored).toBe(3);
    expect(results.latest()).toEqual([
      {
        monitorId: shop.id,
        at: T0 + MINUTE,
        status: 'down',
        cause: 'connection_refused',
        durationMs: 10_000,
        details: { errorCode: 'ECONNREFUSED' },
      },
      // A passing check's details are not kept; the duration is stored in whole milliseconds.
      { monitorId: mail.id, at: T0, status: 'up', cause: 'ok', durationMs: 31, details: {} },
    ]);
  });

  it('keeps two results of one monitor in the same millisecond, the second 1 ms later', () => {
    const { results, shop } = setup();
    const stored = results.insertMany([
      { monitorId: shop.id, result: checkResult(T0, 'up', 100) },
      { monitorId: shop.id, result: checkResult(T0, 'down', 200) },
    ]);
    expect(stored).toBe(2);
    expect(results.latest()).toMatchObject([{ at: T0 + 1, status: 'down', durationMs: 200 }]);
    expect(results.uptime(shop.id, T0, T0 + 1)).toBe(0.5);
  });

  it('trims the details of a failing check', () => {
    const { results, shop } = setup();
    const details = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, 'x'.repeat(1000)]));
    results.insertMany([{ monitorId: shop.id, result: checkResult(T0, 'down', 5, details) }]);
    const kept = results.latest()[0]!.details;
    expect(Object.keys(kept)).toHaveLength(20);
    expect(kept.key0).toBe('x'.repeat(200));
  });

  it('computes uptime as up-or-degraded over known checks, within the window', () => {
    const { results, shop, add } = setup();
    const statuses: CheckStatus[] = [
      'up',
      'up',
      'up',
      'up',
      'up',
      'up',
      'degraded',
      'degraded',
      'down',
      'unknown',
    ];
    statuses.forEach((status, i) => add(T0 + i * MINUTE, status, 100));
    add(T0 - MINUTE, 'down', 100); // before the window

    expect(results.uptime(shop.id, T0, T0 + HOUR)).toBeCloseTo(8 / 9, 10);
    expect(results.uptime(shop.id, T0 + 8 * MINUTE, T0 + HOUR)).toBe(0);
    expect(results.uptime(shop.id, T0 + 9 * MINUTE, T0 + HOUR)).toBeNull();
    expect(results.uptime('no-such-monitor', T0, T0 + HOUR)).toBeNull();
    // `now` is inclusive: a check at exactly now counts.
    expect(results.uptime(shop.id, T0 - MINUTE, T0 - MINUTE)).toBe(0);
  });

  it('computes nearest-rank percentiles of answered checks only', () => {
    const { results, shop, add } = setup();
    shuffled(Array.from({ length: 100 }, (_, i) => i + 1)).forEach((ms, i) =>
      add(T0 + i * MINUTE, i % 10 === 0 ? 'degraded' : 'up', ms),
    );
    add(T0 + 200 * MINUTE, 'down', 99_999);
    add(T0 + 201 * MINUTE, 'unknown', 99_999);

    expect(results.responsePercentiles(shop.id, T0)).toEqual({ p50: 50, p95: 95, p99: 99 });
    expect(results.responsePercentiles(shop.id, T0 + 300 * MINUTE)).toEqual({
      p50: null,
      p95: null,
      p99: null,
    });
  });

  it('picks the right rank on small samples', () => {
    const { results, shop, monitors, add } = setup();
    shuffled([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]).forEach((ms, i) => add(T0 + i * MINUTE, 'up', ms));
    expect(results.responsePercentiles(shop.id, T0)).toEqual({ p50: 50, p95: 100, p99: 100 });
    const pair = monitors.create({ name: 'Pair', target: 'https://pair.example.nl' });
    add(T0, 'up', 30, pair.id);
    add(T0 + MINUTE, 'up', 10, pair.id);
    expect(results.responsePercentiles(pair.id, T0)).toEqual({ p50: 10, p95: 30, p99: 30 });
    expect(results.responsePercentiles(pair.id, T0, T0)).toEqual({ p50: 30, p95: 30, p99: 30 });
  });

  it('builds 96 quarter-hour buckets for 24h with counts, medians and range totals', () => {
    const { results, shop, add } = setup();
    const now = T0 + 10 * HOUR + 7 * MINUTE;
    const start = T0 + 10 * HOUR + 15 * MINUTE - 24 * HOUR;
    add(now - 6 * MINUTE, 'up', 100);
    add(now - 5 * MINUTE, 'up', 300);
    add(now - 4 * MINUTE, 'degraded', 200);
    add(now - 3 * MINUTE, 'down', 9000);
    add(T0 + 10 * HOUR - MINUTE, 'unknown', 10); // bucket 94 holds only an unknown check
    add(start + MINUTE, 'up', 50);
    add(start - MINUTE, 'down', 50); // before the first bucket

    const history = results.history(shop.id, '24h', now);
    expect(history.monitorId).toBe(shop.id);
    expect(history.range).toBe('24h');
    expect(history.points).toHaveLength(96);
    expect(history.points[0]).toEqual({ at: start, responseMs: 50, p95Ms: 50, up: 1, total: 1 });
    expect(history.points[94]).toEqual({
      at: T0 + 9 * HOUR + 45 * MINUTE,
      responseMs: null,
      p95Ms: null,
      up: 0,
      total: 0,
    });
    // Answered in bucket 95: 100, 200, 300 → median 200, nearest rank 3 of 3 for p95.
    expect(history.points[95]).toEqual({ at: T0 + 10 * HOUR, responseMs: 200, p95Ms: 300, up: 3, total: 4 });
    expect(history.points.slice(1, 94).every((point) => point.total === 0 && point.responseMs === null)).toBe(
      true,
    );
    expect(history.uptime).toBeCloseTo(4 / 5, 10);
    // Answered: 50, 100, 200, 300 → nearest rank 2 of 4 is 100; rank 4 for p95 and p99.
    expect(history.responseMs).toEqual({ p50: 100, p95: 300, p99: 300 });
  });

  it('builds hourly buckets for 7d and daily ones for 30d and 90d, ending with the one that holds now', () => {
    const { results, shop, add } = setup();
    const now = T0 + 5 * HOUR + 30 * MINUTE;
    add(now - MINUTE, 'up', 80);
    add(now - 2 * HOUR, 'down', 80);
    add(now - 60 * DAY, 'up', 40);

    const week = results.history(shop.id, '7d', now);
    expect(week.points).toHaveLength(168);
    expect(week.points[167]).toEqual({ at: T0 + 5 * HOUR, responseMs: 80, p95Ms: 80, up: 1, total: 1 });
    expect(week.points[165]).toEqual({ at: T0 + 3 * HOUR, responseMs: null, p95Ms: null, up: 0, total: 1 });

    const month = results.history(shop.id, '30d', now);
    expect(month.points).toHaveLength(30);
    expect(month.points[29]).toEqual({
      at: T0 + 6 * HOUR - 24 * HOUR,
      responseMs: 80,
      p95Ms: 80,
      up: 1,
      total: 2,
    });
    expect(month.uptime).toBe(0.5);

    const quarter = results.history(shop.id, '90d', now);
    expect(quarter.points).toHaveLength(90);
    expect(quarter.points[89]).toEqual(month.points[29]);
    expect(quarter.points[29]).toEqual({
      at: T0 + 6 * HOUR - 61 * DAY,
      responseMs: 40,
      p95Ms: 40,
      up: 1,
      total: 1,
    });
    expect(quarter.uptime).toBeCloseTo(2 / 3, 10);
  });

  it('answers an empty history for a monitor without results or an unknown id', () => {
    const { results, shop } = setup();
    for (const id of [shop.id, 'no-such-monitor']) {
      const history = results.history(id, '24h', T0);
      expect(history.points).toHaveLength(96);
      expect(history.uptime).toBeNull();
      expect(history.responseMs).toEqual({ p50: null, p95: null, p99: null });
    }
  });

  it('takes the baseline as the median of the last 7 days', () => {
    const { results, shop, add } = setup();
    const now = T0 + 3 * HOUR;
    [100, 200, 300].forEach((ms, i) => add(now - (i + 1) * HOUR, 'up', ms));
    add(now - 8 * 24 * HOUR, 'up', 5000); // older than the window
    add(now - HOUR + 1, 'down', 9000); // not answered
    expect(results.baseline(shop.id, now)).toBe(200);
    expect(results.baseline('no-such-monitor', now)).toBeNull();
  });

  it('keeps results across a reopen', () => {
    const path = join(store.folder(), 'back-online.db');
    const { db, shop, add } = setup(path);
    add(T0, 'up', 42);
    db.close();
    const reopened = new ResultRepository(store.open(path));
    expect(reopened.responsePercentiles(shop.id, T0)).toEqual({ p50: 42, p95: 42, p99: 42 });
  });
});
