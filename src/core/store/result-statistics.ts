import type { DatabaseSync, StatementSync } from 'node:sqlite';

export const RESPONSE_PERCENTILES = [50, 95, 99] as const;
export type ResponsePercentile = (typeof RESPONSE_PERCENTILES)[number];

/** Equal-width buckets `[start + i·size, start + (i+1)·size)` over which statistics are gathered. */
export interface BucketLayout {
  start: number;
  end: number;
  size: number;
}

export interface BucketCounts {
  /** Checks that were up or degraded (the site answered). */
  up: number;
  /** Checks with a known outcome: up, degraded or down. Unknown checks (e.g. while offline) are left out. */
  known: number;
}

interface CountRow extends BucketCounts {
  bucket: number;
}

interface PercentileRow {
  bucket: number;
  value: number;
}

/**
 * Counts and response-time percentiles per bucket, gathered in SQL from raw results and hourly rollups
 * together (compaction moves a row from one to the other atomically, so nothing is counted twice).
 *
 * Percentiles are nearest-rank: the smallest response time with at least p % of the answered checks at
 * or below it. Raw results each weigh 1, which makes a percentile over raw data exact. A rollup hour
 * enters as its own percentile value weighted by its number of answered checks: a weighted percentile
 * of hourly percentiles. That is an approximation (it cannot see the spread inside an hour), close for
 * the steady response times a site has hour to hour; it is what ranges beyond 48 hours report.
 * Rollups join a bucket by their hour's start, so a range starting mid-hour counts whole hours only.
 */
export class ResultStatistics {
  private readonly countStatement: StatementSync;
  private readonly percentileStatements = new Map<ResponsePercentile, StatementSync>();

  constructor(connection: DatabaseSync) {
    this.countStatement = connection.prepare(`
      SELECT bucket, SUM(up) AS up, SUM(known) AS known FROM (
        SELECT CAST((at - :start) / :size AS INTEGER) AS bucket, status <= 1 AS up, status <= 2 AS known
          FROM check_results
         WHERE monitor_seq = :seq AND at >= :start AND at < :end
        UNION ALL
        SELECT CAST((hour_start - :start) / :size AS INTEGER), up + degraded, up + degraded + down
          FROM check_rollups
         WHERE monitor_seq = :seq AND hour_start >= :start AND hour_start < :end
      )
      GROUP BY bucket`);
    for (const percentile of RESPONSE_PERCENTILES) {
      this.percentileStatements.set(percentile, connection.prepare(percentileSql(percentile)));
    }
  }

  counts(seq: number, layout: BucketLayout): Map<number, BucketCounts> {
    const rows = this.countStatement.all({ seq, ...layout }) as unknown as CountRow[];
    return new Map(rows.map(({ bucket, up, known }) => [bucket, { up, known }]));
  }

  percentile(seq: number, layout: BucketLayout, percentile: ResponsePercentile): Map<number, number> {
    const statement = this.percentileStatements.get(percentile);
    if (!statement) throw new Error(`no statement for percentile ${percentile}`);
    const rows = statement.all({ seq, ...layout, percent: percentile }) as unknown as PercentileRow[];
    return new Map(rows.map(({ bucket, value }) => [bucket, value]));
  }
}

function percentileSql(percentile: ResponsePercentile): string {
  return `
    WITH samples (bucket, value, weight) AS (
      SELECT CAST((at - :start) / :size AS INTEGER), duration_ms, 1
        FROM check_results
       WHERE monitor_seq = :seq AND at >= :start AND at < :end AND status <= 1
      UNION ALL
      SELECT CAST((hour_start - :start) / :size AS INTEGER), p${percentile}_ms, count_ms
        FROM check_rollups
       WHERE monitor_seq = :seq AND hour_start >= :start AND hour_start < :end AND count_ms > 0
    ),
    running AS (
      SELECT bucket, value,
             SUM(weight) OVER (PARTITION BY bucket ORDER BY value ROWS UNBOUNDED PRECEDING) AS reached,
             SUM(weight) OVER (PARTITION BY bucket) AS weight_total
        FROM samples
    )
    SELECT bucket, MIN(value) AS value
      FROM running
     WHERE reached * 100 >= weight_total * :percent
     GROUP BY bucket`;
}
