import type { HistoryPoint, HistoryRange } from '../../../shared/api-contract';
import type { ChartTexts } from '../../../shared/i18n/charts';
import { interpolate } from '../../../shared/i18n/interpolate';
import type { Language } from '../../../shared/locale';
import { formatResponseTime } from './chart-format';
import { responseFigures } from './chart-geometry';

/**
 * The sentence a response-time drawing stands for: `template` gets the period, the usual time and the
 * slowest one; without any answer, the words that say there is nothing to draw yet.
 */
export function responseSummary(
  points: readonly HistoryPoint[],
  range: HistoryRange,
  template: string,
  texts: ChartTexts,
  language: Language,
): { text: string; answered: boolean } {
  const figures = responseFigures(points);
  const period = texts.range[range];
  if (!figures) return { text: interpolate(texts.noAnswers, { range: period }), answered: false };
  const typical = formatResponseTime(figures.typical, language, texts);
  const slowest = formatResponseTime(figures.slowest, language, texts);
  return { text: interpolate(template, { range: period, typical, slowest }), answered: true };
}
