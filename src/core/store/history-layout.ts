import type { HistoryRange } from '../../shared/api-contract';
import { DAY_MS, HOUR_MS } from './result-compaction';
import type { BucketLayout } from './result-statistics';

const QUARTER_HOUR_MS = HOUR_MS / 4;

const RANGE_BUCKETS: Record<HistoryRange, { size: number; count: number }> = {
  '24h': { size: QUARTER_HOUR_MS, count: 96 },
  '7d': { size: HOUR_MS, count: 7 * 24 },
  '30d': { size: DAY_MS, count: 30 },
  '90d': { size: DAY_MS, count: 90 },
};

/**
 * The buckets of a history chart: the last one holds `now`, all end on whole hours (whole quarter-hours
 * for 24h) so hourly rollups fall entirely inside one bucket. Day buckets run from the hour after `now`
 * back in 24-hour steps rather than from midnight: core code knows no time zone.
 */
export function historyLayout(range: HistoryRange, now: number): BucketLayout {
  const { size, count } = RANGE_BUCKETS[range];
  const step = Math.min(size, HOUR_MS);
  const end = Math.floor(now / step) * step + step;
  return { start: end - count * size, end, size };
}
