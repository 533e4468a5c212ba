import type { Locale } from '../shared/locale';

/** What besides the monitors' own states decides the overall status and its wording. */
export interface StatusContext {
  offline: boolean;
  snoozedUntil: number | null;
  now: number;
  locale: Locale;
}

export function isSnoozed(context: Pick<StatusContext, 'snoozedUntil' | 'now'>): boolean {
  return context.snoozedUntil !== null && context.now < context.snoozedUntil;
}
