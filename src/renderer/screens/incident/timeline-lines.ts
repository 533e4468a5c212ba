import type { AppState } from '../../../shared/app-state';
import type { Incident } from '../../../shared/incident';
import type { MonitorNames } from '../../../shared/incident-events';
import { describeIncidentEvent, eventLocale, incidentMonitorNames } from '../../../shared/incident-events';
import type { UiTexts } from '../../../shared/i18n/ui';
import type { Language, Locale } from '../../../shared/locale';
import { formatMoment } from '../../format/time';

export interface TimelineLine {
  key: string;
  at: number;
  /** "14:02" today, with the day in front on other days. */
  time: string;
  text: string;
  /** The language the line reads in: an owner's action keeps the one it was written in. */
  language: Language;
}

/** Monitor id → name: the live names, else the ones the timeline recorded, so a deleted check keeps its. */
export function timelineNames(incident: Incident, state: AppState | null): Map<string, string> {
  const live = new Map((state?.monitors ?? []).map(({ monitor }) => [monitor.id, monitor.name]));
  return incidentMonitorNames(incident, live);
}

/** An incident's timeline in plain words, oldest first so it reads as a story. */
export function timelineLines(
  incident: Incident,
  names: MonitorNames,
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
      text: describeIncidentEvent(event, names, locale, incident),
      language: eventLocale(event, locale).language,
    }));
}
