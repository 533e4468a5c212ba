import type { Language } from '../../shared/locale';
import { intlLocaleTag } from '../../shared/locale';

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** `HH:MM:SS` in local time, 24-hour in both languages, so log lines line up. */
export function timeOfDay(at: number): string {
  const date = new Date(at);
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}:${twoDigits(date.getSeconds())}`;
}

/** e.g. `28 Nov 2026, 09:05` / `28 nov 2026, 09:05`. */
export function dateAndTime(at: number, language: Language): string {
  return new Intl.DateTimeFormat(intlLocaleTag(language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** e.g. `29 Nov`, for a timeline line on another day than the incident began. */
export function shortDate(at: number, language: Language): string {
  return new Intl.DateTimeFormat(intlLocaleTag(language), { day: 'numeric', month: 'short' }).format(at);
}

export function sameLocalDay(a: number, b: number): boolean {
  return new Date(a).toDateString() === new Date(b).toDateString();
}
