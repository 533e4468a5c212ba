import type { AppState } from '../../../shared/app-state';
import { describeCause } from '../../../shared/diagnosis';
import type { Incident, IncidentEvent } from '../../../shared/incident';
import type { UiTexts } from '../../../shared/i18n/ui';
import type { Locale } from '../../../shared/locale';
import { formatMoment } from '../../format/time';
import { interpolate } from '../../i18n/texts';

export interface TimelineLine {
  key: string;
  at: number;
  /** "14:02" today, with the day in front on other days. */
  time: string;
  text: string;
}

/**
 * Monitor id → name: the names the timeline recorded when monitors joined, overridden by the live ones,
 * so a check deleted since keeps the name it had.
 */
export function timelineNames(incident: Incident, state: AppState | null): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of incident.timeline) {
    const introduces = event.type === 'detected' || event.type === 'monitor_joined';
    if (introduces && event.monitorId !== undefined && event.text) names.set(event.monitorId, event.text);
  }
  for (const entry of state?.monitors ?? []) names.set(entry.monitor.id, entry.monitor.name);
  return names;
}

function eventText(
  event: IncidentEvent,
  incident: Incident,
  names: ReadonlyMap<string, string>,
  texts: UiTexts,
  locale: Locale,
): string {
  const t = texts.incident.timeline;
  // Engine events carry their own cause; an event without one is about the incident's diagnosis.
  const cause =
    event.cause === undefined
      ? describeCause(incident.cause, incident.details, locale)
      : describeCause(event.cause, event.details ?? {}, locale);
  const params = {
    subject: event.monitorId === undefined ? t.connection : (names.get(event.monitorId) ?? t.removedMonitor),
    cause: cause.title,
    phase: event.phase === undefined ? '' : texts.incidents.phase[event.phase],
    text: event.text ?? '',
  };
  if (event.type === 'check_passed' && event.cause !== undefined && event.cause !== 'ok')
    return interpolate(t.passedWithRemark, params);
  if (event.type === 'resolved') {
    if (event.monitorId !== undefined) return interpolate(t.resolvedMonitorRemoved, params);
    if (event.text) return interpolate(t.resolvedWithNote, params);
  }
  return interpolate(t.events[event.type], params);
}

/** An incident's timeline in plain words, oldest first so it reads as a story. */
export function timelineLines(
  incident: Incident,
  names: ReadonlyMap<string, string>,
  texts: UiTexts,
  locale: Locale,
  now: number,
): TimelineLine[] {
  // sort() is stable: events recorded in the same millisecond keep the order the engine wrote them in.
  return [...incident.timeline]
    .sort((a, b) => a.at - b.at)
    .map((event, index) => ({
      key: `${event.at}-${index}`,
      at: event.at,
      time: formatMoment(event.at, now, locale.language, texts.time),
      text: eventText(event, incident, names, texts, locale),
    }));
}
