import { useMemo } from 'react';
import type { HistoryPoint, HistoryRange } from '../../../shared/api-contract';
import { chartTexts } from '../../../shared/i18n/charts';
import { useCatalog, useLocale } from '../../i18n/texts';
import {
  PLOT_HEIGHT,
  PLOT_WIDTH,
  failureMarks,
  linePath,
  responseScale,
  typicalValue,
} from './chart-geometry';
import { responseSummary } from './response-summary';

export interface SparklineProps {
  points: readonly HistoryPoint[];
  /** The period the points cover; the summary read to screen readers names it. */
  range?: HistoryRange;
  className?: string;
}

/**
 * A small line of the usual response time per bucket, with a red tick under each bucket where a check
 * failed: at a glance, since when a site has been slow or down. Screen readers hear one sentence instead.
 */
export function Sparkline({ points, range = '24h', className }: SparklineProps) {
  const texts = useCatalog(chartTexts);
  const { language } = useLocale();
  const drawing = useMemo(() => {
    const scale = responseScale(points, [typicalValue]);
    return { path: linePath(points, typicalValue, scale), failures: failureMarks(points, scale) };
  }, [points]);
  const summary = responseSummary(points, range, texts.sparklineSummary, texts, language).text;

  return (
    <svg
      className={['sparkline', className].filter(Boolean).join(' ')}
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${PLOT_WIDTH} ${PLOT_HEIGHT}`}
      preserveAspectRatio="none"
    >
      <title>{summary}</title>
      {drawing.failures.map((x) => (
        <line key={x} className="sparkline__failure" x1={x} x2={x} y1={PLOT_HEIGHT - 12} y2={PLOT_HEIGHT} />
      ))}
      <path className="chart__line chart__line--typical" d={drawing.path} />
    </svg>
  );
}
