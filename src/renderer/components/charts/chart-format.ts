import type { HistoryRange } from '../../../shared/api-contract';
import type { ChartTexts } from '../../../shared/i18n/charts';
import { interpolate } from '../../../shared/i18n/interpolate';
import type { Language } from '../../../shared/locale';
import { intlLocaleTag } from '../../../shared/locale';

/**
 * Building an Intl formatter costs far more than using one, and the history screen formats a label for
 * every bar of every chart (20 checks × 168 hours is 3,360 of them): each formatter is built once.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => T): T {
  let built = formatters.get(key) as T | undefined;
  if (!built) {
    built = build();
    formatters.set(key, built);
  }
  return built;
}

const numberFormat = (language: Language, options: Intl.NumberFormatOptions) =>
  formatter(
    `number ${language} ${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(intlLocaleTag(language), options),
  );

const dateFormat = (language: Language, options: Intl.DateTimeFormatOptions) =>
  formatter(
    `date ${language} ${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(intlLocaleTag(language), options),
  );

/** "230 ms" under a second, "1.2 s" above: an owner reads "8 seconds" more easily than "8,009 ms". */
export function formatResponseTime(ms: number, language: Language, texts: ChartTexts): string {
  if (ms < 1000) {
    const value = numberFormat(language, { maximumFractionDigits: 0 }).format(ms);
    return interpolate(texts.milliseconds, { value });
  }
  const value = numberFormat(language, { maximumFractionDigits: ms < 10_000 ? 1 : 0 }).format(ms / 1000);
  return interpolate(texts.seconds, { value });
}

/** "99.95 %"-style shares: two decimals only where they matter, since 99 % and 99.9 % differ a lot. */
export function formatUptime(ratio: number, language: Language): string {
  const digits = ratio >= 0.99 && ratio < 1 ? 2 : 0;
  return numberFormat(language, { style: 'percent', maximumFractionDigits: digits }).format(ratio);
}

/** A bucket's start as the owner thinks of it: a clock time within a day, a date beyond. */
export function formatBucketTime(at: number, range: HistoryRange, language: Language): string {
  const options: Intl.DateTimeFormatOptions =
    range === '24h'
      ? { hour: '2-digit', minute: '2-digit' }
      : range === '7d'
        ? { weekday: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }
        : { day: 'numeric', month: 'short' };
  return dateFormat(language, options).format(new Date(at));
}
