import type { HistoryPoint, HistoryRange } from '../../../shared/api-contract';
import { useLocale } from '../../i18n/texts';
import { formatBucketTime } from './chart-format';

/** First, middle and last bucket under a chart: enough to place a spike in time without crowding 420 px. */
export function TimeAxis({ points, range }: { points: readonly HistoryPoint[]; range: HistoryRange }) {
  const { language } = useLocale();
  const marks = [points[0], points[Math.floor(points.length / 2)], points[points.length - 1]];
  return (
    <div className="chart__time-axis" aria-hidden="true">
      {marks.map((point, index) =>
        point ? <span key={index}>{formatBucketTime(point.at, range, language)}</span> : null,
      )}
    </div>
  );
}
