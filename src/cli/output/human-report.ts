import type { CheckStatus } from '../../shared/check-result';
import type { CliTexts } from '../../shared/i18n/cli';
import { interpolate } from '../../shared/i18n/interpolate';
import type { Language } from '../../shared/locale';
import { intlLocaleTag } from '../../shared/locale';
import type { DiagnosedResult } from './diagnosed-result';
import type { Style } from './style';

const SYMBOLS: Record<CheckStatus, string> = { up: '✓', degraded: '!', down: '✗', unknown: '?' };
const SUMMARY_ORDER: CheckStatus[] = ['down', 'degraded', 'unknown', 'up'];

function formatDuration(ms: number, texts: CliTexts, language: Language): string {
  const numbers = new Intl.NumberFormat(intlLocaleTag(language), { maximumFractionDigits: 1 });
  return ms < 1000
    ? interpolate(texts.report.milliseconds, { value: numbers.format(Math.round(ms)) })
    : interpolate(texts.report.seconds, { value: numbers.format(ms / 1000) });
}

function renderOne(
  { result, diagnosis }: DiagnosedResult,
  texts: CliTexts,
  language: Language,
  style: Style,
): string {
  const status = diagnosis.status;
  const lines = [
    `${style.status(status, `${SYMBOLS[status]} ${texts.report.status[status]}`)}  ${result.target}  ${style.dim(
      `(${formatDuration(result.durationMs, texts, language)})`,
    )}`,
    `  ${style.bold(diagnosis.title)}`,
    `  ${diagnosis.explanation}`,
  ];
  if (status !== 'up') {
    lines.push('', `  ${texts.report.nextSteps}`);
    diagnosis.actions.forEach((action, index) => lines.push(`    ${index + 1}. ${action}`));
    if (diagnosis.contactRole) {
      const contact = texts.report.contactRoles[diagnosis.contactRole];
      lines.push('', `  ${interpolate(texts.report.contact, { contact })}`);
    }
  }
  return lines.join('\n');
}

function summary(items: readonly DiagnosedResult[], texts: CliTexts): string {
  const parts = SUMMARY_ORDER.flatMap((status) => {
    const count = items.filter((item) => item.diagnosis.status === status).length;
    return count === 0 ? [] : [interpolate(texts.report.summaryParts[status], { count })];
  });
  return interpolate(texts.report.summary, { count: items.length, parts: parts.join(', ') });
}

/** The readable report: per target a status with symbol and word, the diagnosis, the next steps and whom to call. */
export function renderHumanReport(
  items: readonly DiagnosedResult[],
  texts: CliTexts,
  language: Language,
  style: Style,
): string {
  return `${[...items.map((item) => renderOne(item, texts, language, style)), summary(items, texts)].join('\n\n')}\n`;
}
