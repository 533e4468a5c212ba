import type { HistoryPoint, HistoryRange } from '../../../shared/api-contract';
import { chartTexts } from '../../../shared/i18n/charts';
import { interpolate } from '../../../shared/i18n/interpolate';
import { useCatalog, useLocale } from '../../i18n/texts';
import { formatBucketTime, formatUptime } from './chart-format';
import { bucketState } from './chart-geometry';
import { TimeAxis } from './time-axis';

const BAR_HEIGHT = 10;
const BAR_GAP = 0.2;

/** One bar per bucket: green when every check answered, amber when some failed, red when all did. */
export function UptimeBars({ points, range }: { points: readonly HistoryPoint[]; range: HistoryRange }) {
  const texts = useCatalog(chartTexts);
  const { language } = useLocale();
  let up = 0;
  let total = 0;
  for (const point of points) {
    up += point.up;
    total += point.total;
  }
  const period = texts.range[range];
  const summary =
    total === 0
      ? interpolate(texts.uptimeNoChecks, { range: period })
      : interpolate(texts.uptimeSummary, { range: period, percent: formatUptime(up / total, language) });

  return (
    <figure className="uptime-bars">
      <svg
        className="uptime-bars__drawing"
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${Math.max(1, points.length)} ${BAR_HEIGHT}`}
        preserveAspectRatio="none"
      >
        {points.map((point, index) => {
          const time = formatBucketTime(point.at, range, language);
          const title =
            point.total === 0
              ? interpolate(texts.bucketNoChecks, { time })
              : interpolate(texts.bucketUptime, {
                  time,
                  percent: formatUptime(point.up / point.total, language),
                });
          return (
            <rect
              key={point.at}
              className={`uptime-bars__bar uptime-bars__bar--${bucketState(point)}`}
              x={index + BAR_GAP / 2}
              width={1 - BAR_GAP}
              y={0}
              height={BAR_HEIGHT}
            >
              <title>{title}</title>
            </rect>
          );
        })}
      </svg>
      <TimeAxis points={points} range={range} />
      <figcaption className="uptime-bars__summary">{summary}</figcaption>
    </figure>
  );
}
