import type { CauseCode } from '../../shared/cause-codes';
import type { CheckDetails } from '../../shared/check-result';
import type { Incident, IncidentEvent, IncidentPhase, UserEventType } from '../../shared/incident';
import type { NotificationIntent } from '../service-contract';
import type { IncidentBook } from './book';

/** A confirmed failure of one monitor, as the scheduler reports it. */
export interface MonitorDownInput {
  kind: 'monitor_down';
  at: number;
  monitorId: string;
  monitorName: string;
  /** The target as the owner wrote it; kept in the incident's details for the support request. */
  target: string;
  host: string | null;
  /** Needs the internet; remote monitors group by host and stay quiet while the machine is offline. */
  remote: boolean;
  cause: CauseCode;
  details: CheckDetails;
  duringSnooze: boolean;
}

/** Everything the reducer reacts to; time always arrives with the input, the reducer reads no clock. */
export type IncidentInput =
  | MonitorDownInput
  | { kind: 'monitor_up'; at: number; monitorId: string; duringSnooze?: boolean }
  | { kind: 'monitor_cause_changed'; at: number; monitorId: string; cause: CauseCode; details: CheckDetails }
  | {
      kind: 'monitor_degraded';
      at: number;
      monitorId: string;
      cause: CauseCode;
      details: CheckDetails;
      duringSnooze: boolean;
    }
  | { kind: 'monitor_removed'; at: number; monitorId: string }
  | { kind: 'offline'; at: number; duringSnooze?: boolean }
  | { kind: 'online'; at: number; duringSnooze?: boolean }
  | { kind: 'tick'; at: number; duringSnooze?: boolean }
  | OwnerInput;

/** What the owner does from the recovery window; these can fail with an error result. */
export type OwnerInput =
  | { kind: 'set_phase'; at: number; incidentId: string; phase: IncidentPhase }
  | {
      kind: 'add_event';
      at: number;
      incidentId: string;
      type: UserEventType;
      text: string;
      /** Facts the recovery guide keeps with its own events (see shared/guide/guide-events). */
      details?: CheckDetails;
    }
  | { kind: 'resolve'; at: number; incidentId: string; note?: string };

/** A notification still without texts; `renderNotification` translates it. */
export interface NotificationDraft {
  /** The update reminder is the message desk's; the engine drafts the rest. */
  kind: Exclude<NotificationIntent['kind'], 'update_due'>;
  incidentId: string | null;
  monitorId: string | null;
  cause: CauseCode;
  details: CheckDetails;
  at: number;
}

export interface IncidentContext {
  newId(): string;
}

/** One incident after the input, with the events this input added so the store can append just those. */
export interface ChangedIncident {
  incident: Incident;
  appended: IncidentEvent[];
}

export interface IncidentReduction {
  book: IncidentBook;
  changed: ChangedIncident[];
  notifications: NotificationDraft[];
}

export interface IncidentInputError {
  error: 'not_found' | 'already_resolved';
}
