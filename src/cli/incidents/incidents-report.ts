import type { IncidentsTexts } from '../../shared/i18n/cli-incidents';
import { causeTitle, describeIncidentEvent, incidentPhaseName } from '../../shared/incident-events';
import { interpolate } from '../../shared/i18n/interpolate';
import type { Locale } from '../../shared/locale';
import { dateAndTime, sameLocalDay, shortDate, timeOfDay } from '../output/clock-time';
import { incidentName } from '../../shared/incident-name';
import type { Style } from '../output/style';
import type { NamedIncident } from './read-incidents';

/** The `--json` output; its shape is a promise to scripts, so it changes only deliberately. */
export interface IncidentsJson {
  incidents: NamedIncident[];
}

export function renderIncidentsJson(incidents: readonly NamedIncident[]): string {
  const report: IncidentsJson = { incidents: [...incidents] };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function renderIncident(
  incident: NamedIncident,
  texts: IncidentsTexts,
  locale: Locale,
  style: Style,
): string {
  const language = locale.language;
  const names = new Map(Object.entries(incident.monitorNames));
  const phase = incidentPhaseName(incident.phase, locale);
  const start = dateAndTime(incident.openedAt, language);
  const heading =
    incident.resolvedAt === null
      ? interpolate(texts.heading, { start, phase })
      : interpolate(texts.headingResolved, { start, end: dateAndTime(incident.resolvedAt, language), phase });
  const lines = [
    style.bold(heading),
    `  ${interpolate(texts.cause, {
      group: incidentName(incident, names, locale),
      cause: causeTitle(incident.cause, incident.details, locale),
    })}`,
  ];
  const affected = incident.monitorIds.flatMap((id) => names.get(id) ?? []);
  if (affected.length > 0) lines.push(`  ${interpolate(texts.affects, { names: affected.join(', ') })}`);
  for (const event of incident.timeline) {
    const time = sameLocalDay(event.at, incident.openedAt)
      ? timeOfDay(event.at)
      : `${shortDate(event.at, language)} ${timeOfDay(event.at)}`;
    lines.push(`    ${style.dim(time)}  ${describeIncidentEvent(event, names, locale, incident)}`);
  }
  return lines.join('\n');
}

/** Per incident a heading (when, phase), what and whom it is about, then its timeline one event a line. */
export function renderIncidentsHuman(
  incidents: readonly NamedIncident[],
  texts: IncidentsTexts,
  locale: Locale,
  style: Style,
  limit: number | null,
): string {
  if (incidents.length === 0) return `${texts.none}\n`;
  const blocks = incidents.map((incident) => renderIncident(incident, texts, locale, style));
  if (limit !== null && incidents.length >= limit) blocks.push(interpolate(texts.limited, { count: limit }));
  return `${blocks.join('\n\n')}\n`;
}
