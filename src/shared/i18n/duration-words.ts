import type { Language } from '../locale';
import { intlLocaleTag } from '../locale';

const UNITS = [
  { unit: 'hour', ms: 3_600_000 },
  { unit: 'minute', ms: 60_000 },
  { unit: 'second', ms: 1_000 },
] as const;

/**
 * A span of time the way people say it: "8 seconds", "2 minutes", "1,5 uur" — the largest unit that
 * fits, at most one decimal — never "8,009 ms". Under a second it still says seconds ("0.4 seconds").
 */
export function durationInWords(ms: number, language: Language): string {
  const { unit, ms: unitMs } = UNITS.find((candidate) => ms >= candidate.ms) ?? UNITS[2];
  const value = ms / unitMs;
  return new Intl.NumberFormat(intlLocaleTag(language), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
