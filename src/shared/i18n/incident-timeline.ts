import type { IncidentEventType, IncidentPhase } from '../incident';
import type { CatalogSet } from './interpolate';

/**
 * An incident's timeline in plain words, for the command line. `{subject}` is a monitor's name (or the
 * internet connection), `{cause}` the diagnosis title, `{phase}` one of `phases`, `{text}` the owner's words.
 */
export interface IncidentTimelineTexts {
  /** The subject of events about the computer's own connection rather than a monitor. */
  connection: string;
  /** The subject when the monitor has since been deleted and no name was recorded. */
  removedMonitor: string;
  events: Record<IncidentEventType, string>;
  /** A monitor that came back, but not fully (e.g. slow). */
  passedWithRemark: string;
  resolvedWithNote: string;
  resolvedMonitorRemoved: string;
  phases: Record<IncidentPhase, string>;
}

const en: IncidentTimelineTexts = {
  connection: 'Your internet connection',
  removedMonitor: 'A check that was removed',
  events: {
    detected: '{subject} is down — {cause}',
    monitor_joined: '{subject} is down too — {cause}',
    cause_changed: 'New cause — {cause}',
    phase_changed: 'Phase: {phase}',
    check_failed: '{subject} still fails — {cause}',
    check_passed: '{subject} works again',
    flapped: '{subject} failed again soon after working — {cause}',
    message_copied: 'Message copied: {text}',
    message_sent: 'Message sent: {text}',
    action_tried: 'Tried: {text}',
    note: 'Note: {text}',
    resolved: 'Solved',
  },
  passedWithRemark: '{subject} works again, but — {cause}',
  resolvedWithNote: 'Solved: {text}',
  resolvedMonitorRemoved: 'Closed: {subject} was removed',
  phases: {
    detected: 'just detected',
    investigating: 'being looked into',
    identified: 'cause found',
    monitoring: 'fixed, keeping an eye on it',
    resolved: 'solved',
  },
};

const nl: IncidentTimelineTexts = {
  connection: 'Uw internetverbinding',
  removedMonitor: 'Een verwijderde controle',
  events: {
    detected: '{subject} werkt niet — {cause}',
    monitor_joined: '{subject} werkt ook niet — {cause}',
    cause_changed: 'Nieuwe oorzaak — {cause}',
    phase_changed: 'Fase: {phase}',
    check_failed: '{subject} werkt nog steeds niet — {cause}',
    check_passed: '{subject} werkt weer',
    flapped: '{subject} viel opnieuw uit kort nadat het weer werkte — {cause}',
    message_copied: 'Bericht gekopieerd: {text}',
    message_sent: 'Bericht verstuurd: {text}',
    action_tried: 'Geprobeerd: {text}',
    note: 'Notitie: {text}',
    resolved: 'Opgelost',
  },
  passedWithRemark: '{subject} werkt weer, maar — {cause}',
  resolvedWithNote: 'Opgelost: {text}',
  resolvedMonitorRemoved: 'Gesloten: {subject} is verwijderd',
  phases: {
    detected: 'net ontdekt',
    investigating: 'wordt onderzocht',
    identified: 'oorzaak gevonden',
    monitoring: 'verholpen, wordt in de gaten gehouden',
    resolved: 'opgelost',
  },
};

export const incidentTimelineCatalogs: CatalogSet<IncidentTimelineTexts> = {
  en,
  nl,
  nlInformal: { connection: 'Je internetverbinding' },
};
