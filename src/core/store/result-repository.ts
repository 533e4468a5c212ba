import type { StatementSync } from 'node:sqlite';
import type { HistoryRange, MonitorHistory, MonthUptime } from '../../shared/api-contract';
import type { CauseCode } from '../../shared/cause-codes';
import type { CheckDetails, CheckResult, CheckStatus } from '../../shared/check-result';
import type { Database } from './database';
import { historyLayout } from './history-layout';
import type { CompactionReport } from './result-compaction';
import { DAY_MS, ResultCompactor } from './result-compaction';
import type { BucketLayout } from './result-statistics';
import { RESPONSE_PERCENTILES, ResultStatistics } from './result-statistics';

export interface MonitorResult {
  monitorId: string;
  result: CheckResult;
}

/** The last stored check of a monitor, e.g. to show a known status right after start-up. */
export interface LatestResult {
  monitorId: string;
  at: number;
  status: CheckStatus;
  cause: CauseCode;
  durationMs: number;
  details: CheckDetails;
}

interface LatestRow {
  monitor_id: string;
  at: number;
  status: number;
  cause: CauseCode;
  duration_ms: number;
  details: string | null;
}

export interface ResponsePercentiles {
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

/** Stored as a small integer; the order matters: `status <= 1` means the site answered. */
const STATUS_CODES: Record<CheckStatus, number> = { up: 0, degraded: 1, down: 2, unknown: 3 };
const STATUSES_BY_CODE = Object.keys(STATUS_CODES) as CheckStatus[];
const BASELINE_WINDOW_MS = 7 * DAY_MS;
/** Rollups are kept 400 days: this month and the twelve before it. */
const MONTHS_KEPT = 13;
const MAX_DETAIL_KEYS = 20;
const MAX_DETAIL_TEXT = 200;

/**
 * Check results: raw rows for 48 hours, hourly rollups for 400 days, and the statistics the window
 * shows, all computed in SQL over both. Uptime is the share of checks with a known outcome that were
 * up or degraded; "unknown" checks (the machine was offline, a tool was missing) say nothing about the
 * site and are left out of both sides of the ratio.
 */
export class ResultRepository {
  private readonly insert: StatementSync;
  private readonly seqOf: StatementSync;
  private readonly selectLatest: StatementSync;
  private readonly statistics: ResultStatistics;
  private readonly compactor: ResultCompactor;

  constructor(private readonly db: Database) {
    const sql = db.connection;
    this.insert = sql.prepare(`
      INSERT INTO check_results (monitor_seq, at, status, cause, duration_ms, details)
      VALUES (:seq, :at, :status, :cause, :durationMs, :details)
      ON CONFLICT DO NOTHING`);
    this.seqOf = sql.prepare('SELECT seq FROM monitors WHERE id = ?');
    this.selectLatest = sql.prepare(`
      SELECT m.id AS monitor_id, r.at, r.status, r.cause, r.duration_ms, r.details
        FROM monitors m
        JOIN check_results r ON r.monitor_seq = m.seq
         AND r.at = (SELECT MAX(at) FROM check_results WHERE monitor_seq = m.seq)
       ORDER BY m.position, m.seq`);
    this.statistics = new ResultStatistics(sql);
    this.compactor = new ResultCompactor(db);
  }

  /**
   * Stores results in one transaction; returns how many were stored. A result whose monitor is gone
   * (deleted while its check ran) is skipped.
   */
  insertMany(entries: readonly MonitorResult[]): number {
    if (entries.length === 0) return 0;
    return this.db.transaction(() => {
      const seqs = new Map<string, number | null>();
      let stored = 0;
      for (const { monitorId, result } of entries) {
        if (!seqs.has(monitorId)) seqs.set(monitorId, this.seq(monitorId));
        const seq = seqs.get(monitorId);
        if (seq === null || seq === undefined) continue;
        const row = {
          seq,
          at: Math.round(result.startedAt),
          status: STATUS_CODES[result.status],
          cause: result.cause,
          durationMs: Math.max(0, Math.round(result.durationMs)),
          details: storedDetails(result),
        };
        while (Number(this.insert.run(row).changes) === 0) row.at += 1;
        stored += 1;
      }
      return stored;
    });
  }

  /** The newest raw result of every monitor that has one (within the 48 h that raw results are kept). */
  latest(): LatestResult[] {
    return (this.selectLatest.all() as unknown as LatestRow[]).map((row) => ({
      monitorId: row.monitor_id,
      at: row.at,
      status: STATUSES_BY_CODE[row.status] ?? 'unknown',
      cause: row.cause,
      durationMs: row.duration_ms,
      details: row.details === null ? {} : (JSON.parse(row.details) as CheckDetails),
    }));
  }

  /** Share (0–1) of known checks in [sinceMs, now] that were up or degraded; null without any. */
  uptime(monitorId: string, sinceMs: number, now: number): number | null {
    const seq = this.seq(monitorId);
    if (seq === null) return null;
    const counts = this.statistics.counts(seq, wholeRange(sinceMs, now));
    return ratio(counts.get(0)?.up ?? 0, counts.get(0)?.known ?? 0);
  }

  /**
   * Uptime of each calendar month on this machine's clock, newest first, from this month back through the
   * 400 days rollups are kept; months without a known check are left out.
   */
  monthlyUptime(monitorId: string, now: number): MonthUptime[] {
    const seq = this.seq(monitorId);
    if (seq === null) return [];
    const today = new Date(now);
    const months: MonthUptime[] = [];
    for (let back = 0; back < MONTHS_KEPT; back += 1) {
      const start = new Date(today.getFullYear(), today.getMonth() - back, 1);
      const next = new Date(today.getFullYear(), today.getMonth() - back + 1, 1);
      const counts = this.statistics.counts(
        seq,
        wholeRange(start.getTime(), Math.min(now, next.getTime() - 1)),
      );
      const uptime = ratio(counts.get(0)?.up ?? 0, counts.get(0)?.known ?? 0);
      if (uptime === null) continue;
      const month = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}`;
      months.push({ month, uptime });
    }
    return months;
  }

  /** Response-time percentiles of answered checks in [sinceMs, untilMs]; see ResultStatistics on precision. */
  responsePercentiles(
    monitorId: string,
    sinceMs: number,
    untilMs = Number.MAX_SAFE_INTEGER - 1,
  ): ResponsePercentiles {
    const seq = this.seq(monitorId);
    if (seq === null) return { p50: null, p95: null, p99: null };
    return this.percentilesOf(seq, wholeRange(sinceMs, untilMs));
  }

  /** The normal response time the Verify step compares with: the median over the last 7 days. */
  baseline(monitorId: string, now: number): number | null {
    const seq = this.seq(monitorId);
    if (seq === null) return null;
    return this.statistics.percentile(seq, wholeRange(now - BASELINE_WINDOW_MS, now), 50).get(0) ?? null;
  }

  /**
   * Buckets for the history chart: 96 quarter-hours for 24h, 168 hours for 7d, 30 days for 30d, 90 days for 90d, oldest
   * first, empty buckets included so the time axis is even. Uptime and percentiles cover the same span.
   */
  history(monitorId: string, range: HistoryRange, now: number): MonitorHistory {
    const layout = historyLayout(range, now);
    const bucketCount = Math.round((layout.end - layout.start) / layout.size);
    const seq = this.seq(monitorId);
    const counts = seq === null ? new Map() : this.statistics.counts(seq, layout);
    const medians = seq === null ? new Map() : this.statistics.percentile(seq, layout, 50);
    const slowest = seq === null ? new Map() : this.statistics.percentile(seq, layout, 95);
    let up = 0;
    let known = 0;
    const points = Array.from({ length: bucketCount }, (_, bucket) => {
      const bucketCounts = counts.get(bucket) ?? { up: 0, known: 0 };
      up += bucketCounts.up;
      known += bucketCounts.known;
      return {
        at: layout.start + bucket * layout.size,
        responseMs: medians.get(bucket) ?? null,
        p95Ms: slowest.get(bucket) ?? null,
        up: bucketCounts.up,
        total: bucketCounts.known,
      };
    });
    const whole = { start: layout.start, end: layout.end, size: layout.end - layout.start };
    return {
      monitorId,
      range,
      points,
      uptime: ratio(up, known),
      responseMs: seq === null ? { p50: null, p95: null, p99: null } : this.percentilesOf(seq, whole),
    };
  }

  /** See ResultCompactor: rolls up results older than 48 h, prunes rollups older than 400 days. */
  compact(now: number): Promise<CompactionReport> {
    return this.compactor.compact(now);
  }

  private percentilesOf(seq: number, layout: BucketLayout): ResponsePercentiles {
    const [p50, p95, p99] = RESPONSE_PERCENTILES.map(
      (percentile) => this.statistics.percentile(seq, layout, percentile).get(0) ?? null,
    );
    return { p50: p50 ?? null, p95: p95 ?? null, p99: p99 ?? null };
  }

  private seq(monitorId: string): number | null {
    return (this.seqOf.get(monitorId) as { seq: number } | undefined)?.seq ?? null;
  }
}

/** One bucket spanning [since, until] inclusive. */
function wholeRange(since: number, until: number): BucketLayout {
  const end = until + 1;
  return { start: since, end, size: Math.max(1, end - since) };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Facts of a failing check, trimmed; a passing check's details are not kept (rows stay small). */
function storedDetails(result: CheckResult): string | null {
  if (result.status === 'up') return null;
  const entries = Object.entries(result.details).slice(0, MAX_DETAIL_KEYS);
  if (entries.length === 0) return null;
  const trimmed: CheckDetails = Object.fromEntries(
    entries.map(([key, value]) => [key, typeof value === 'string' ? value.slice(0, MAX_DETAIL_TEXT) : value]),
  );
  return JSON.stringify(trimmed);
}
