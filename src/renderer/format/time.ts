import type { UiTexts } from '../../shared/i18n/ui';
import type { Language } from '../../shared/locale';
import { intlLocaleTag } from '../../shared/locale';

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** "14:02" today, "yesterday 14:02", otherwise "3 Dec 14:02": the owner thinks in clock times, not durations. */
export function formatMoment(at: number, now: number, language: Language, words: UiTexts['time']): string {
  const locale = intlLocaleTag(language);
  const date = new Date(at);
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
  const today = new Date(now);
  if (sameDay(date, today)) return clock;
  const yesterday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1);
  if (sameDay(date, yesterday)) return `${words.yesterday} ${clock}`;
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).format(date);
  return `${day} ${clock}`;
}

export function formatMilliseconds(ms: number, language: Language): string {
  return new Intl.NumberFormat(intlLocaleTag(language), { maximumFractionDigits: 0 }).format(ms);
}
