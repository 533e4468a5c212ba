import { afterEach, describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../shared/check-result';
import { MonitorRepository } from './monitor-repository';
import { DAY_MS, HOUR_MS } from './result-compaction';
import { ResultRepository } from './result-repository';
import { checkResult, TempStore } from './store-test-helpers';

const store = new TempStore();
afterEach(() => store.cleanUp());

const T0 = Date.UTC(2026, 10, 1, 0, 0, 0);
const MINUTE = 60_000;
const NOW = T0 + 100 * HOUR_MS + 20 * MINUTE;
/** floor(NOW − 48 h) to the hour: raw results before this are rolled up. */
const RAW_CUTOFF = T0 + 52 * HOUR_MS;
const ROLLUP_CUTOFF = T0 + 100 * HOUR_MS - 400 * DAY_MS;

interface RollupRow {
  hour_start: number;
  total: number;
  up: number;
  degraded: number;
  down: number;
  unknown: number;
  sum_ms: number;
  count_ms: number;
  min_ms: number | null;
  max_ms: number | null;
  p50_ms: number | null;
  p95_ms: number | null;
  p99_ms: number | null;
}

function setup() {
  const db = store.open();
  const monitors = new MonitorRepository(db, { now: () => T0 });
  const results = new ResultRepository(db);
  const shop = monitors.create({ name: 'Shop', target: 'https://shop.example.nl' });
  const mail = monitors.create({ name: 'Mail', target: 'tcp://mail.example.nl:993' });
  const add = (monitorId: string, at: number, status: CheckStatus, durationMs: number) =>
    results.insertMany([{ monitorId, result: checkResult(at, status, durationMs) }]);
  const rollups = (monitorId: string) =>
    db.connection
      .prepare(
        `SELECT r.hour_start, r.total, r.up, r.degraded, r.down, r.unknown, r.sum_ms, r.count_ms, r.min_ms,
                r.max_ms, r.p50_ms, r.p95_ms, r.p99_ms
           FROM check_rollups r JOIN monitors m ON m.seq = r.monitor_seq
          WHERE m.id = ? ORDER BY r.hour_start`,
      )
      .all(monitorId) as unknown as RollupRow[];
  const rawTimes = (monitorId: string) =>
    (
      db.connection
        .prepare(
          `SELECT r.at FROM check_results r JOIN monitors m ON m.seq = r.monitor_seq WHERE m.id = ? ORDER BY r.at`,
        )
        .all(monitorId) as { at: number }[]
    ).map((row) => row.at);
  const insertRollup = (monitorId: string, hourStart: number, answered: number, p50: number) =>
    db.connection
      .prepare(
        `INSERT INTO check_rollups SELECT seq, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?, ? FROM monitors WHERE id = ?`,
      )
      .run(hourStart, answered, answered, answered * p50, answered, p50, p50, p50, p50, p50, monitorId);
  return { db, results, shop, mail, add, rollups, rawTimes, insertRollup };
}

/** Hour T0+10h of the shop: 20 answered checks of 10…200 ms (2 of them degraded), 3 down, 1 unknown. */
function fillBusyHour(add: ReturnType<typeof setup>['add'], monitorId: string): void {
  const hour = T0 + 10 * HOUR_MS;
  const durations = [
    70, 200, 10, 150, 40, 190, 120, 30, 180, 60, 100, 20, 170, 90, 140, 50, 160, 80, 130, 110,
  ];
  durations.forEach((ms, i) => add(monitorId, hour + i * MINUTE, i < 2 ? 'degraded' : 'up', ms));
  [30, 31, 32].forEach((minute) => add(monitorId, hour + minute * MINUTE, 'down', 9_999));
  add(monitorId, hour + 40 * MINUTE, 'unknown', 5);
}

describe('ResultRepository.compact', () => {
  it('rolls results older than 48 h into hourly rollups with counts and nearest-rank percentiles', async () => {
    const { results, shop, mail, add, rollups, rawTimes } = setup();
    fillBusyHour(add, shop.id);
    add(shop.id, RAW_CUTOFF - 1, 'up', 500);
    add(shop.id, RAW_CUTOFF, 'up', 600);
    add(shop.id, NOW - MINUTE, 'down', 700);
    add(mail.id, T0 + 20 * HOUR_MS, 'down', 1000);
    const uptimeBefore = results.uptime(shop.id, T0, NOW);

    const report = await results.compact(NOW);

    expect(report).toMatchObject({ rolledUpHours: 3, deletedResults: 24 + 1 + 1, deletedRollups: 0 });
    expect(rollups(shop.id)).toEqual([
      {
        hour_start: T0 + 10 * HOUR_MS,
        total: 24,
        up: 18,
        degraded: 2,
        down: 3,
        unknown: 1,
        sum_ms: 2100,
        count_ms: 20,
        min_ms: 10,
        max_ms: 200,
        p50_ms: 100,
        p95_ms: 190,
        p99_ms: 200,
      },
      {
        hour_start: RAW_CUTOFF - HOUR_MS,
        total: 1,
        up: 1,
        degraded: 0,
        down: 0,
        unknown: 0,
        sum_ms: 500,
        count_ms: 1,
        min_ms: 500,
        max_ms: 500,
        p50_ms: 500,
        p95_ms: 500,
        p99_ms: 500,
      },
    ]);
    expect(rollups(mail.id)).toMatchObject([{ total: 1, down: 1, count_ms: 0, p50_ms: null, min_ms: null }]);
    expect(rawTimes(shop.id)).toEqual([RAW_CUTOFF, NOW - MINUTE]);
    expect(rawTimes(mail.id)).toEqual([]);

    // Counts move from raw to rollups without changing what the owner sees.
    expect(results.uptime(shop.id, T0, NOW)).toBe(uptimeBefore);
    expect(results.responsePercentiles(shop.id, T0 + 10 * HOUR_MS, T0 + 11 * HOUR_MS - 1)).toEqual({
      p50: 100,
      p95: 190,
      p99: 200,
    });
    const week = results.history(shop.id, '7d', NOW);
    expect(week.points.find((point) => point.at === T0 + 10 * HOUR_MS)).toEqual({
      at: T0 + 10 * HOUR_MS,
      responseMs: 100,
      p95Ms: 190,
      up: 20,
      total: 23,
    });
  });

  it('is idempotent: a second run finds nothing and changes nothing', async () => {
    const { results, shop, add, rollups, rawTimes } = setup();
    fillBusyHour(add, shop.id);
    add(shop.id, NOW - HOUR_MS, 'up', 100);
    await results.compact(NOW);
    const rollupsAfterFirst = rollups(shop.id);
    const rawAfterFirst = rawTimes(shop.id);

    expect(await results.compact(NOW)).toEqual({
      rolledUpHours: 0,
      deletedResults: 0,
      deletedRollups: 0,
      batches: 0,
    });
    expect(rollups(shop.id)).toEqual(rollupsAfterFirst);
    expect(rawTimes(shop.id)).toEqual(rawAfterFirst);
  });

  it('merges a late result into an hour already rolled up', async () => {
    const { results, shop, add, rollups } = setup();
    fillBusyHour(add, shop.id);
    await results.compact(NOW);
    add(shop.id, T0 + 10 * HOUR_MS + 45 * MINUTE, 'up', 1000);
    await results.compact(NOW);

    expect(rollups(shop.id)).toEqual([
      expect.objectContaining({
        total: 25,
        up: 19,
        count_ms: 21,
        sum_ms: 3100,
        max_ms: 1000,
        min_ms: 10,
        // Blended by weight: (100·20 + 1000·1) / 21 ≈ 142.9.
        p50_ms: 143,
      }),
    ]);
  });

  it('deletes rollups older than 400 days and keeps younger ones', async () => {
    const { results, shop, insertRollup, rollups } = setup();
    insertRollup(shop.id, ROLLUP_CUTOFF - 30 * DAY_MS, 5, 100);
    insertRollup(shop.id, ROLLUP_CUTOFF - HOUR_MS, 5, 100);
    insertRollup(shop.id, ROLLUP_CUTOFF, 5, 100);
    insertRollup(shop.id, NOW - 10 * DAY_MS - (NOW % HOUR_MS), 5, 100);

    const report = await results.compact(NOW);

    expect(report.deletedRollups).toBe(2);
    expect(rollups(shop.id).map((row) => row.hour_start)).toEqual([
      ROLLUP_CUTOFF,
      NOW - 10 * DAY_MS - (NOW % HOUR_MS),
    ]);
  });

  it('combines rollups beyond 48 h by weight for percentiles, history and baseline', async () => {
    const { results, shop, insertRollup, add } = setup();
    insertRollup(shop.id, T0 + 20 * HOUR_MS, 10, 100);
    insertRollup(shop.id, T0 + 21 * HOUR_MS, 30, 300);
    // Weighted samples: 100 ×10, 300 ×30, plus 3 raw answers.
    [200, 200, 200].forEach((ms, i) => add(shop.id, NOW - (i + 1) * MINUTE, 'up', ms));

    // 43 answers: rank 22 for the median falls in the 300 block (ranks 14–43); ranks 1–10 are the 100s.
    expect(results.responsePercentiles(shop.id, T0, NOW)).toEqual({ p50: 300, p95: 300, p99: 300 });
    expect(results.baseline(shop.id, NOW)).toBe(300);
    expect(results.uptime(shop.id, T0, NOW)).toBe(1);
    const month = results.history(shop.id, '30d', NOW);
    const day = month.points.find((point) => point.total === 40);
    expect(day).toMatchObject({ responseMs: 300, up: 40 });
  });

  it('works through a long backlog in bounded batches and lets other work run in between', async () => {
    const { results, shop, add, rawTimes } = setup();
    for (let hour = 0; hour < 50; hour += 1) add(shop.id, T0 + hour * HOUR_MS, 'up', 100 + hour);
    let otherWorkRan = false;
    setImmediate(() => {
      otherWorkRan = true;
    });

    const compaction = results.compact(NOW);
    const report = await compaction;

    expect(otherWorkRan).toBe(true);
    expect(report.rolledUpHours).toBe(50);
    expect(report.batches).toBeGreaterThanOrEqual(3);
    expect(rawTimes(shop.id)).toEqual([]);
  });
});
