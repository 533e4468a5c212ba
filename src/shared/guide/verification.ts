import { interpolate, pickCatalog } from '../i18n/interpolate';
import type { Incident } from '../incident';
import type { Locale } from '../locale';
import { intlLocaleTag } from '../locale';
import { guideTextCatalogs } from './guide-texts';
import type { SpeedComparison, VerificationResult, VerificationRun } from './guide-progress';

/** Slower than this many times the normal counts as slower; below it, as fast as usual. */
export const SLOWER_THAN_USUAL_FACTOR = 1.5;

/** A response time against the monitor's normal: "as fast as usual" or "3× slower than usual". */
export function compareSpeed(responseMs: number | null, normalMs: number | null): SpeedComparison {
  if (responseMs === null || normalMs === null || normalMs <= 0) return { kind: 'unknown' };
  const ratio = responseMs / normalMs;
  if (ratio < SLOWER_THAN_USUAL_FACTOR) return { kind: 'usual' };
  // people read "3× slower", not "2.87× slower"; below 3 a half step still means something
  const factor = ratio >= 3 ? Math.round(ratio) : Math.round(ratio * 2) / 2;
  return { kind: 'slower', factor };
}

/** The results that speak for an incident: its own monitors, or every monitor for the offline incident. */
export function resultsFor(
  run: VerificationRun,
  incident: Pick<Incident, 'monitorIds'>,
): VerificationResult[] {
  if (incident.monitorIds.length === 0) return run.results;
  return run.results.filter((result) => incident.monitorIds.includes(result.monitorId));
}

export function verificationPassed(run: VerificationRun, incident: Pick<Incident, 'monitorIds'>): boolean {
  const results = resultsFor(run, incident);
  return results.length > 0 && results.every((result) => result.passed);
}

const FAILURE_EVENTS = new Set(['detected', 'monitor_joined', 'check_failed', 'flapped']);

/**
 * Whether "Mark as resolved" may go without a reason: the latest check-everything passed for this
 * incident, and nothing failed after it.
 */
export function canResolveWithoutReason(
  runs: readonly VerificationRun[],
  incident: Pick<Incident, 'monitorIds' | 'timeline'>,
): boolean {
  const latest = runs.at(-1);
  if (latest === undefined || !verificationPassed(latest, incident)) return false;
  const lastFailure = incident.timeline.reduce(
    (last, event) => (FAILURE_EVENTS.has(event.type) ? Math.max(last, event.at) : last),
    Number.NEGATIVE_INFINITY,
  );
  return latest.at >= lastFailure;
}

/** "as fast as usual", "3× slower than usual" or "no usual speed known yet", in the owner's language. */
export function speedText(speed: SpeedComparison, locale: Locale): string {
  const texts = pickCatalog(guideTextCatalogs, locale).speed;
  if (speed.kind !== 'slower') return texts[speed.kind];
  const factor = new Intl.NumberFormat(intlLocaleTag(locale.language), { maximumFractionDigits: 1 }).format(
    speed.factor,
  );
  return interpolate(texts.slower, { factor });
}
