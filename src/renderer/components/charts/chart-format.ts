import type { HistoryRange } from '../../../shared/api-contract';
import type { ChartTexts } from '../../../shared/i18n/charts';
import { interpolate } from '../../../shared/i18n/interpolate';
import type { Language } from '../../../shared/locale';
import { intlLocaleTag } from '../../../shared/locale';

/** "230 ms" under a second, "1.2 s" above: an owner reads "8 seconds" more easily than "8,009 ms". */
export function formatResponseTime(ms: number, language: Language, texts: ChartTexts): string {
  const locale = intlLocaleTag(language);
  if (ms < 1000) {
    const value = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(ms);
    return interpolate(texts.milliseconds, { value });
  }
  const value = new Intl.NumberFormat(locale, { maximumFractionDigits: ms < 10_000 ? 1 : 0 }).format(
    ms / 1000,
  );
  return interpolate(texts.seconds, { value });
}

/** "99.95 %"-style shares: two decimals only where they matter, since 99 % and 99.9 % differ a lot. */
export function formatUptime(ratio: number, language: Language): string {
  const digits = ratio >= 0.99 && ratio < 1 ? 2 : 0;
  return new Intl.NumberFormat(intlLocaleTag(language), {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(ratio);
}

/** A bucket's start as the owner thinks of it: a clock time within a day, a date beyond. */
export function formatBucketTime(at: number, range: HistoryRange, language: Language): string {
  const options: Intl.DateTimeFormatOptions =
    range === '24h'
      ? { hour: '2-digit', minute: '2-digit' }
      : range === '7d'
        ? { weekday: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }
        : { day: 'numeric', month: 'short' };
  return new Intl.DateTimeFormat(intlLocaleTag(language), options).format(new Date(at));
}
