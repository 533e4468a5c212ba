import type { CauseCode } from './cause-codes';
import type { CheckDetails } from './check-result';
import { describeCause } from './diagnosis';
import type { Incident, IncidentEvent, IncidentPhase } from './incident';
import { USER_EVENT_TYPES } from './incident';
import { incidentTimelineCatalogs } from './i18n/incident-timeline';
import { interpolate, pickCatalog } from './i18n/interpolate';
import type { Language, Locale } from './locale';
import { LANGUAGES } from './locale';
import { composerTexts } from './i18n/composer';
import { MESSAGE_CHANNELS } from './messages/channels';
import type { MessageChannel } from './messages/channels';

/** Monitor id → name. */
export type MonitorNames = ReadonlyMap<string, string>;

/** The diagnosis headline of a cause, as the owner reads it everywhere else. */
export function causeTitle(cause: CauseCode, details: CheckDetails | undefined, locale: Locale): string {
  return describeCause(cause, details ?? {}, locale).title;
}

export function incidentPhaseName(phase: IncidentPhase, locale: Locale): string {
  return pickCatalog(incidentTimelineCatalogs, locale).phases[phase];
}

/**
 * The names the timeline recorded when monitors joined it, overridden by the live names, so a monitor
 * deleted since keeps the name it had.
 */
export function incidentMonitorNames(
  incident: Pick<Incident, 'timeline'>,
  liveNames: MonitorNames = new Map(),
): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of incident.timeline) {
    const introduces = event.type === 'detected' || event.type === 'monitor_joined';
    if (introduces && event.monitorId !== undefined && event.text) names.set(event.monitorId, event.text);
  }
  for (const [id, name] of liveNames) names.set(id, name);
  return names;
}

function eventCauseTitle(
  event: IncidentEvent,
  incident: Pick<Incident, 'cause' | 'details'> | undefined,
  locale: Locale,
): string {
  if (event.cause !== undefined) return causeTitle(event.cause, event.details, locale);
  return incident === undefined ? '' : causeTitle(incident.cause, incident.details, locale);
}

/** The details key under which the service records the window's language with each owner action. */
export const OWNER_LANGUAGE_DETAIL = 'ownerLanguage';

function isUserEvent(event: IncidentEvent): boolean {
  return (USER_EVENT_TYPES as readonly string[]).includes(event.type);
}

/**
 * The language a timeline event reads in: an owner action (a note, a fix tried, a restart, a verification,
 * a message) as it was written, in the language the window had then; everything the app saw by itself in
 * the language of the moment. Events recorded before the language was kept read in the current one.
 */
export function eventLocale(event: IncidentEvent, current: Locale): Locale {
  const recorded = event.details?.[OWNER_LANGUAGE_DETAIL];
  if (!isUserEvent(event) || !(LANGUAGES as readonly unknown[]).includes(recorded)) return current;
  return { language: recorded as Language, formality: current.formality };
}

/**
 * One timeline event in plain words, without its time, in the event's own language (eventLocale). The
 * engine gives every failure event its own cause; for an event without one, `incident` supplies the
 * incident's diagnosis.
 */
export function describeIncidentEvent(
  event: IncidentEvent,
  names: MonitorNames,
  currentLocale: Locale,
  incident?: Pick<Incident, 'cause' | 'details'>,
): string {
  const locale = eventLocale(event, currentLocale);
  const texts = pickCatalog(incidentTimelineCatalogs, locale);
  const params = {
    subject:
      event.monitorId === undefined ? texts.connection : (names.get(event.monitorId) ?? texts.removedMonitor),
    cause: eventCauseTitle(event, incident, locale),
    phase: event.phase === undefined ? '' : texts.phases[event.phase],
    text: event.text ?? '',
  };
  if (event.type === 'check_passed' && event.cause !== undefined && event.cause !== 'ok')
    return interpolate(texts.passedWithRemark, params);
  const channel = event.details?.channel;
  const fromPhone = event.details?.fromPhone === true;
  if (event.type === 'message_copied' && fromPhone) return interpolate(texts.messageToPhone, params);
  if (event.type === 'message_sent' && MESSAGE_CHANNELS.includes(channel as MessageChannel)) {
    const channelName = pickCatalog(composerTexts, locale).channels[channel as MessageChannel];
    const sentOn = fromPhone ? texts.messageSentFromPhone : texts.messageSentOn;
    return interpolate(sentOn, { ...params, channel: channelName });
  }
  if (event.type === 'resolved') {
    if (event.monitorId !== undefined) return interpolate(texts.resolvedMonitorRemoved, params);
    if (event.text) return interpolate(texts.resolvedWithNote, params);
  }
  return interpolate(texts.events[event.type], params);
}
