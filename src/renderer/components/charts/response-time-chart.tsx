import { useMemo } from 'react';
import type { HistoryPoint, HistoryRange } from '../../../shared/api-contract';
import { chartTexts } from '../../../shared/i18n/charts';
import { useCatalog, useLocale } from '../../i18n/texts';
import { formatResponseTime } from './chart-format';
import {
  PLOT_HEIGHT,
  PLOT_WIDTH,
  failureMarks,
  linePath,
  responseScale,
  slowValue,
  typicalValue,
} from './chart-geometry';
import { responseSummary } from './response-summary';
import { TimeAxis } from './time-axis';

export interface ResponseTimeChartProps {
  points: readonly HistoryPoint[];
  range: HistoryRange;
}

/** The usual (p50) and the slow (p95) response time per bucket, with gridlines labelled in ms or s. */
export function ResponseTimeChart({ points, range }: ResponseTimeChartProps) {
  const texts = useCatalog(chartTexts);
  const { language } = useLocale();
  const drawing = useMemo(() => {
    const scale = responseScale(points, [typicalValue, slowValue]);
    return {
      scale,
      typical: linePath(points, typicalValue, scale),
      slow: linePath(points, slowValue, scale),
      failures: failureMarks(points, scale),
    };
  }, [points]);
  const summary = responseSummary(points, range, texts.responseSummary, texts, language);

  return (
    <figure className="response-chart">
      <div className="response-chart__plot">
        <div className="response-chart__ticks" aria-hidden="true">
          {drawing.scale.ticks.map(({ value, fraction }) => (
            <span key={value} className="response-chart__tick" style={{ bottom: `${fraction * 100}%` }}>
              {formatResponseTime(value, language, texts)}
            </span>
          ))}
        </div>
        <svg
          className="response-chart__drawing"
          role="img"
          aria-label={summary.text}
          viewBox={`0 0 ${PLOT_WIDTH} ${PLOT_HEIGHT}`}
          preserveAspectRatio="none"
        >
          {drawing.scale.ticks.map(({ value }) => {
            const y = drawing.scale.y(value);
            return <line key={value} className="chart__grid" x1={0} x2={PLOT_WIDTH} y1={y} y2={y} />;
          })}
          {drawing.failures.map((x) => (
            <line key={x} className="chart__failure" x1={x} x2={x} y1={0} y2={PLOT_HEIGHT} />
          ))}
          <path className="chart__line chart__line--slow" d={drawing.slow} />
          <path className="chart__line chart__line--typical" d={drawing.typical} />
        </svg>
      </div>
      <TimeAxis points={points} range={range} />
      <figcaption className="chart__legend">
        <span className="chart__key chart__key--typical">{texts.legendTypical}</span>
        <span className="chart__key chart__key--slow">{texts.legendSlow}</span>
        {drawing.failures.length > 0 && (
          <span className="chart__key chart__key--failure">{texts.bucketDown}</span>
        )}
      </figcaption>
      {!summary.answered && <p className="chart__empty">{summary.text}</p>}
    </figure>
  );
}
