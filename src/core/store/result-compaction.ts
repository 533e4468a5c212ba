import type { StatementSync } from 'node:sqlite';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Database } from './database';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** Raw results stay this long, then only their hourly rollup remains. */
export const RAW_RETENTION_MS = 48 * HOUR_MS;
export const ROLLUP_RETENTION_MS = 400 * DAY_MS;
/** One transaction rolls up at most this many hours of one monitor (≤ 8,640 rows at a 10 s interval). */
const ROLLUP_BATCH_HOURS = 24;
/** One transaction deletes at most this many expired rollup hours of one monitor. */
const PRUNE_BATCH_HOURS = 24 * 31;

export interface CompactionReport {
  rolledUpHours: number;
  deletedResults: number;
  deletedRollups: number;
  batches: number;
}

const nearestRank = (percent: number) =>
  `MAX(CASE WHEN answered_rank = (answered * ${percent} + 99) / 100 THEN duration_ms END)`;

/** Late results for an hour already rolled up merge in; their percentiles blend weighted by count. */
const blend = (column: string) =>
  `CASE WHEN count_ms + excluded.count_ms = 0 THEN NULL
        ELSE CAST(ROUND((COALESCE(${column}, 0) * count_ms + COALESCE(excluded.${column}, 0) * excluded.count_ms)
                        * 1.0 / (count_ms + excluded.count_ms)) AS INTEGER) END`;

const ROLLUP_SQL = `
  INSERT INTO check_rollups (monitor_seq, hour_start, total, up, degraded, down, unknown,
                             sum_ms, count_ms, min_ms, max_ms, p50_ms, p95_ms, p99_ms)
  SELECT :seq, hour * ${HOUR_MS}, COUNT(*), SUM(status = 0), SUM(status = 1), SUM(status = 2), SUM(status = 3),
         COALESCE(SUM(CASE WHEN status <= 1 THEN duration_ms END), 0), MAX(answered),
         MIN(CASE WHEN status <= 1 THEN duration_ms END), MAX(CASE WHEN status <= 1 THEN duration_ms END),
         ${nearestRank(50)}, ${nearestRank(95)}, ${nearestRank(99)}
    FROM (
      SELECT at / ${HOUR_MS} AS hour, status, duration_ms,
             ROW_NUMBER() OVER (PARTITION BY at / ${HOUR_MS} ORDER BY status > 1, duration_ms) AS answered_rank,
             SUM(status <= 1) OVER (PARTITION BY at / ${HOUR_MS}) AS answered
        FROM check_results
       WHERE monitor_seq = :seq AND at < :until
    )
   WHERE true
   GROUP BY hour
  ON CONFLICT (monitor_seq, hour_start) DO UPDATE SET
    total = total + excluded.total,
    up = up + excluded.up,
    degraded = degraded + excluded.degraded,
    down = down + excluded.down,
    unknown = unknown + excluded.unknown,
    sum_ms = sum_ms + excluded.sum_ms,
    count_ms = count_ms + excluded.count_ms,
    min_ms = COALESCE(MIN(min_ms, excluded.min_ms), min_ms, excluded.min_ms),
    max_ms = COALESCE(MAX(max_ms, excluded.max_ms), max_ms, excluded.max_ms),
    p50_ms = ${blend('p50_ms')},
    p95_ms = ${blend('p95_ms')},
    p99_ms = ${blend('p99_ms')}`;

/**
 * Rolls raw results older than 48 h (whole hours only) into hourly rollups and deletes them, then
 * deletes rollups older than 400 days. Work goes in small per-monitor transactions with a turn of the
 * event loop between them, so checks keep running while a long backlog (say, after a month switched
 * off) is worked through. Running it again finds nothing left to do.
 */
export class ResultCompactor {
  private readonly monitorSeqs: StatementSync;
  private readonly oldestResult: StatementSync;
  private readonly rollUp: StatementSync;
  private readonly deleteResults: StatementSync;
  private readonly oldestRollup: StatementSync;
  private readonly deleteRollups: StatementSync;

  constructor(private readonly db: Database) {
    const sql = db.connection;
    this.monitorSeqs = sql.prepare('SELECT seq FROM monitors ORDER BY seq');
    this.oldestResult = sql.prepare('SELECT MIN(at) AS at FROM check_results WHERE monitor_seq = ?');
    this.rollUp = sql.prepare(ROLLUP_SQL);
    this.deleteResults = sql.prepare('DELETE FROM check_results WHERE monitor_seq = :seq AND at < :until');
    this.oldestRollup = sql.prepare('SELECT MIN(hour_start) AS at FROM check_rollups WHERE monitor_seq = ?');
    this.deleteRollups = sql.prepare(
      'DELETE FROM check_rollups WHERE monitor_seq = :seq AND hour_start < :until',
    );
  }

  async compact(now: number): Promise<CompactionReport> {
    const report: CompactionReport = { rolledUpHours: 0, deletedResults: 0, deletedRollups: 0, batches: 0 };
    const rawCutoff = floorToHour(now - RAW_RETENTION_MS);
    const rollupCutoff = floorToHour(now - ROLLUP_RETENTION_MS);
    for (const { seq } of this.monitorSeqs.all() as { seq: number }[]) {
      while (this.compactBatch(seq, rawCutoff, report)) await yieldToEventLoop();
      while (this.pruneBatch(seq, rollupCutoff, report)) await yieldToEventLoop();
    }
    return report;
  }

  /** Rolls up the oldest day (at most) of one monitor's expired raw results; false when none are left. */
  private compactBatch(seq: number, cutoff: number, report: CompactionReport): boolean {
    const oldest = this.oldest(this.oldestResult, seq);
    if (oldest === null || oldest >= cutoff) return false;
    const until = Math.min(cutoff, floorToHour(oldest) + ROLLUP_BATCH_HOURS * HOUR_MS);
    this.db.transaction(() => {
      report.rolledUpHours += Number(this.rollUp.run({ seq, until }).changes);
      report.deletedResults += Number(this.deleteResults.run({ seq, until }).changes);
    });
    report.batches += 1;
    return true;
  }

  private pruneBatch(seq: number, cutoff: number, report: CompactionReport): boolean {
    const oldest = this.oldest(this.oldestRollup, seq);
    if (oldest === null || oldest >= cutoff) return false;
    const until = Math.min(cutoff, oldest + PRUNE_BATCH_HOURS * HOUR_MS);
    report.deletedRollups += Number(this.deleteRollups.run({ seq, until }).changes);
    report.batches += 1;
    return true;
  }

  private oldest(statement: StatementSync, seq: number): number | null {
    return (statement.get(seq) as { at: number | null } | undefined)?.at ?? null;
  }
}

export function floorToHour(at: number): number {
  return Math.floor(at / HOUR_MS) * HOUR_MS;
}
