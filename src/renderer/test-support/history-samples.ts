import type { HistoryPoint, HistoryRange } from '../../shared/api-contract';

const BUCKET_MS: Record<HistoryRange, number> = {
  '24h': 15 * 60_000,
  '7d': 60 * 60_000,
  '30d': 24 * 60 * 60_000,
  '90d': 24 * 60 * 60_000,
};
const BUCKET_COUNT: Record<HistoryRange, number> = { '24h': 96, '7d': 168, '30d': 30, '90d': 90 };

/** Buckets shaped like the store's answer, filled by `fill(index)`; absent fields mean "all up, 1 check". */
export function historyPoints(
  range: HistoryRange,
  end: number,
  fill: (index: number) => Partial<HistoryPoint> = () => ({}),
): HistoryPoint[] {
  const size = BUCKET_MS[range];
  const count = BUCKET_COUNT[range];
  return Array.from({ length: count }, (_, index) => ({
    at: end - (count - index) * size,
    responseMs: 200,
    p95Ms: 300,
    up: 1,
    total: 1,
    ...fill(index),
  }));
}
