import type { MonitorState } from '../../shared/app-state';
import type { IncidentEvent, IncidentSummary } from '../../shared/incident';
import type { MonitorNames } from '../../shared/incident-events';
import { causeTitle, describeIncidentEvent } from '../../shared/incident-events';
import type { WatchTexts } from '../../shared/i18n/cli-watch';
import { interpolate } from '../../shared/i18n/interpolate';
import type { Locale } from '../../shared/locale';
import { timeOfDay } from '../output/clock-time';
import { incidentName } from '../../shared/incident-name';
import type { Style } from '../output/style';
import type { WatchChange } from './state-changes';

/** The diagnosis headline of a monitor's state; none while it waits for its first check or is paused. */
export function monitorTitle(state: MonitorState, locale: Locale): string | null {
  if (state.status === 'pending' || state.status === 'paused') return null;
  return causeTitle(state.cause, state.lastResult?.details, locale);
}

function monitorText(state: MonitorState, texts: WatchTexts, locale: Locale, style: Style): string {
  const word = texts.status[state.status];
  const status =
    state.status === 'pending' || state.status === 'paused' ? word : style.status(state.status, word);
  const name = state.monitor.name;
  if (state.status === 'paused' && state.pausedReason !== null)
    return interpolate(texts.monitorPaused, {
      name,
      status,
      reason: texts.pausedReasons[state.pausedReason],
    });
  const title = state.status === 'up' ? null : monitorTitle(state, locale);
  return interpolate(title === null ? texts.monitor : texts.monitorProblem, { name, status, title });
}

function changeText(change: WatchChange, texts: WatchTexts, locale: Locale, style: Style): string {
  switch (change.type) {
    case 'monitor':
      return monitorText(change.state, texts, locale, style);
    case 'connection':
      return change.offline ? texts.offline : texts.online;
    case 'overall':
      return interpolate(texts.overall, { overall: style.bold(texts.overallStatus[change.overall]) });
  }
}

function line(at: number, text: string, style: Style): string {
  return `${style.dim(timeOfDay(at))}  ${text}\n`;
}

export function changeLine(change: WatchChange, texts: WatchTexts, locale: Locale, style: Style): string {
  return line(change.at, changeText(change, texts, locale, style), style);
}

/** An incident event told with the incident it belongs to, since a watch log interleaves incidents. */
export function incidentLine(
  incident: Pick<IncidentSummary, 'scope' | 'monitorIds'>,
  event: IncidentEvent,
  names: MonitorNames,
  texts: WatchTexts,
  locale: Locale,
  style: Style,
): string {
  const group = incidentName(incident, names, locale);
  const text = describeIncidentEvent(event, names, locale);
  const wording = (() => {
    if (event.type === 'detected')
      return interpolate(texts.incidentOpened, {
        group,
        cause: event.cause === undefined ? '' : causeTitle(event.cause, event.details, locale),
      });
    if (event.type === 'resolved')
      return event.text === undefined && event.monitorId === undefined
        ? interpolate(texts.incidentResolved, { group })
        : interpolate(texts.incidentResolvedWith, { group, text });
    return interpolate(texts.incidentEvent, { group, text });
  })();
  return line(event.at, style.bold(wording), style);
}
