import type { CauseCode } from './cause-codes';
import type { CheckDetails } from './check-result';

/** Statuspage's phases, plus "detected" for the moment before the owner has looked. */
export const INCIDENT_PHASES = ['detected', 'investigating', 'identified', 'monitoring', 'resolved'] as const;
export type IncidentPhase = (typeof INCIDENT_PHASES)[number];

/** What the incident is about: one site/host, the machine's own internet, or a local service. */
export const INCIDENT_SCOPES = ['site', 'offline', 'local'] as const;
export type IncidentScope = (typeof INCIDENT_SCOPES)[number];

export const INCIDENT_EVENT_TYPES = [
  'detected',
  'monitor_joined',
  'cause_changed',
  'phase_changed',
  'check_failed',
  'check_passed',
  'flapped',
  'message_copied',
  'message_sent',
  'action_tried',
  'note',
  'resolved',
] as const;
export type IncidentEventType = (typeof INCIDENT_EVENT_TYPES)[number];

/** Events the owner adds from the recovery window (the rest come from the engine). */
export const USER_EVENT_TYPES = ['message_copied', 'message_sent', 'action_tried', 'note'] as const;
export type UserEventType = (typeof USER_EVENT_TYPES)[number];

export interface IncidentEvent {
  at: number;
  type: IncidentEventType;
  monitorId?: string;
  cause?: CauseCode;
  phase?: IncidentPhase;
  /** Free text: a note, which message was copied, which action was tried. */
  text?: string;
  details?: CheckDetails;
}

export interface Incident {
  id: string;
  /** Monitors failing for one reason share a key (`host:shop.example.nl`, `offline`) and so one incident. */
  groupKey: string;
  scope: IncidentScope;
  monitorIds: string[];
  cause: CauseCode;
  phase: IncidentPhase;
  openedAt: number;
  updatedAt: number;
  resolvedAt: number | null;
  /** Facts of the latest failing check, for diagnosis texts and the prepared support request. */
  details: CheckDetails;
  timeline: IncidentEvent[];
}

export type IncidentSummary = Omit<Incident, 'timeline'> & {
  eventCount: number;
  /** When a message first went to customers or on social media; null while none has. */
  firstCustomerMessageAt: number | null;
};
