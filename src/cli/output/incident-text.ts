import type { CauseCode } from '../../shared/cause-codes';
import type { CheckDetails } from '../../shared/check-result';
import { describeCause } from '../../shared/diagnosis';
import type { Incident, IncidentEvent } from '../../shared/incident';
import { incidentTimelineCatalogs } from '../../shared/i18n/incident-timeline';
import { interpolate, pickCatalog } from '../../shared/i18n/interpolate';
import type { Locale } from '../../shared/locale';

/** Monitor id → name. */
export type MonitorNames = ReadonlyMap<string, string>;

/** The diagnosis headline of a cause, as the owner reads it everywhere else. */
export function causeTitle(cause: CauseCode, details: CheckDetails | undefined, locale: Locale): string {
  return describeCause(cause, details ?? {}, locale).title;
}

/**
 * The names a timeline recorded when monitors joined it, overridden by the current names: a monitor
 * deleted since keeps the name it had.
 */
export function monitorNamesOf(
  timeline: readonly IncidentEvent[],
  current: MonitorNames,
): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of timeline) {
    const introduces = event.type === 'detected' || event.type === 'monitor_joined';
    if (introduces && event.monitorId !== undefined && event.text !== undefined)
      names.set(event.monitorId, event.text);
  }
  for (const [id, name] of current) names.set(id, name);
  return names;
}

function subject(monitorId: string | undefined, names: MonitorNames, locale: Locale): string {
  const texts = pickCatalog(incidentTimelineCatalogs, locale);
  if (monitorId === undefined) return texts.connection;
  return names.get(monitorId) ?? texts.removedMonitor;
}

/**
 * What the incident is about, in a few words: the host its monitors share (`shop.example.nl`), the
 * monitor's name when it stands alone, or the internet connection. Group keys are `<kind>:<subject>`,
 * where a subject that is a monitor id stands for that monitor.
 */
export function incidentGroupLabel(
  incident: Pick<Incident, 'groupKey' | 'scope'>,
  names: MonitorNames,
  locale: Locale,
): string {
  if (incident.scope === 'offline') return pickCatalog(incidentTimelineCatalogs, locale).connection;
  const separator = incident.groupKey.indexOf(':');
  const groupSubject = separator < 0 ? incident.groupKey : incident.groupKey.slice(separator + 1);
  return names.get(groupSubject) ?? groupSubject;
}

/** One timeline event in plain words, without its time. */
export function incidentEventText(event: IncidentEvent, names: MonitorNames, locale: Locale): string {
  const texts = pickCatalog(incidentTimelineCatalogs, locale);
  const params = {
    subject: subject(event.monitorId, names, locale),
    cause: event.cause === undefined ? '' : causeTitle(event.cause, event.details, locale),
    phase: event.phase === undefined ? '' : texts.phases[event.phase],
    text: event.text ?? '',
  };
  if (event.type === 'check_passed' && event.cause !== undefined && event.cause !== 'ok')
    return interpolate(texts.passedWithRemark, params);
  if (event.type === 'resolved') {
    if (event.monitorId !== undefined) return interpolate(texts.resolvedMonitorRemoved, params);
    if (event.text !== undefined) return interpolate(texts.resolvedWithNote, params);
  }
  return interpolate(texts.events[event.type], params);
}
