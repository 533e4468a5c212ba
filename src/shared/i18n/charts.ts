import type { HistoryRange } from '../api-contract';
import type { CatalogSet } from './interpolate';
import { chartsEn } from './charts-en';
import { chartsNl } from './charts-nl';

/** What the charts say, to the eye (legends, axes) and to screen readers (one summary per chart). */
export interface ChartTexts {
  /** "230 ms" / "1.2 s": response times as people read them. */
  milliseconds: string;
  seconds: string;
  noAnswers: string;
  sparklineSummary: string;
  responseSummary: string;
  legendTypical: string;
  legendSlow: string;
  uptimeSummary: string;
  uptimeNoChecks: string;
  bucketUptime: string;
  bucketNoChecks: string;
  bucketDown: string;
  /** The period a chart covers, e.g. "the last 24 hours". */
  range: Record<HistoryRange, string>;
}

export const chartTexts: CatalogSet<ChartTexts> = { en: chartsEn, nl: chartsNl, nlInformal: {} };
