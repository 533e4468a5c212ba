import type { IncidentEventType, IncidentPhase } from '../incident';
import type { CatalogSet } from './interpolate';

/**
 * An incident's timeline in plain words, for the window and the command line alike. `{subject}` is a
 * check's name (or the internet connection), `{cause}` the diagnosis title, `{phase}` one of `phases`,
 * `{text}` the owner's own words.
 */
export interface IncidentTimelineTexts {
  /** The subject of events about the computer's own connection rather than a check. */
  connection: string;
  /** The subject when a check has since been deleted and no name was recorded. */
  removedMonitor: string;
  events: Record<IncidentEventType, string>;
  /** A check that came back, but not fully (e.g. slow). */
  passedWithRemark: string;
  resolvedWithNote: string;
  resolvedMonitorRemoved: string;
  /** A message from the composer, which records where it went: `{channel}` is that channel's name. */
  messageSentOn: string;
  /** The same, posted from the owner's phone after scanning the message's QR code. */
  messageSentFromPhone: string;
  /** The message's QR code was shown, to post from the phone: `{text}` names the message. */
  messageToPhone: string;
  phases: Record<IncidentPhase, string>;
}

const en: IncidentTimelineTexts = {
  connection: 'Your internet connection',
  removedMonitor: 'A check that was removed',
  events: {
    detected: 'Problem noticed: {cause}',
    monitor_joined: '{subject} also affected',
    cause_changed: 'New diagnosis: {cause}',
    phase_changed: 'Status: {phase}',
    check_failed: '{subject} still does not work: {cause}',
    check_passed: '{subject} works again',
    flapped: '{subject} went down again shortly after recovering',
    message_copied: 'Message copied: {text}',
    message_sent: 'Message sent: {text}',
    action_tried: 'Tried: {text}',
    note: 'Note: {text}',
    resolved: 'Solved',
  },
  passedWithRemark: '{subject} works again, but: {cause}',
  resolvedWithNote: 'Solved: {text}',
  resolvedMonitorRemoved: 'Closed because {subject} was removed',
  messageSentOn: 'Message sent ({channel}): {text}',
  messageSentFromPhone: 'Message sent from the phone ({channel}): {text}',
  messageToPhone: 'Sent to the phone as a QR code: {text}',
  phases: {
    detected: 'Just detected',
    investigating: 'Being looked into',
    identified: 'Cause found',
    monitoring: 'Fixed, keeping an eye on it',
    resolved: 'Solved',
  },
};

const nl: IncidentTimelineTexts = {
  connection: 'Uw internetverbinding',
  removedMonitor: 'Een verwijderde controle',
  events: {
    detected: 'Probleem opgemerkt: {cause}',
    monitor_joined: 'Ook {subject} heeft hier last van',
    cause_changed: 'Nieuwe diagnose: {cause}',
    phase_changed: 'Stand van zaken: {phase}',
    check_failed: '{subject} werkt nog steeds niet: {cause}',
    check_passed: '{subject} werkt weer',
    flapped: '{subject} viel kort na het herstel opnieuw uit',
    message_copied: 'Bericht gekopieerd: {text}',
    message_sent: 'Bericht verstuurd: {text}',
    action_tried: 'Geprobeerd: {text}',
    note: 'Notitie: {text}',
    resolved: 'Opgelost',
  },
  passedWithRemark: '{subject} werkt weer, maar: {cause}',
  resolvedWithNote: 'Opgelost: {text}',
  resolvedMonitorRemoved: 'Gesloten omdat {subject} is verwijderd',
  messageSentOn: 'Bericht verstuurd ({channel}): {text}',
  messageSentFromPhone: 'Bericht verstuurd vanaf de telefoon ({channel}): {text}',
  messageToPhone: 'Als QR-code naar de telefoon gestuurd: {text}',
  phases: {
    detected: 'Net ontdekt',
    investigating: 'Wordt onderzocht',
    identified: 'Oorzaak gevonden',
    monitoring: 'Verholpen, wordt in de gaten gehouden',
    resolved: 'Opgelost',
  },
};

export const incidentTimelineCatalogs: CatalogSet<IncidentTimelineTexts> = {
  en,
  nl,
  nlInformal: { connection: 'Je internetverbinding' },
};
