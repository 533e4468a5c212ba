import type { CauseCode } from '../cause-codes';
import type { CheckDetails } from '../check-result';
import type { Incident, IncidentEvent } from '../incident';
import type { GuideEventFacts } from './guide-events';
import { readGuideEvent } from './guide-events';

export interface MonitorFailure {
  monitorId: string;
  cause: CauseCode;
  details: CheckDetails;
  /** When this monitor first failed in the incident. */
  since: number;
}

const FAILURE_EVENTS = new Set<IncidentEvent['type']>([
  'detected',
  'monitor_joined',
  'check_failed',
  'flapped',
]);

/**
 * Each affected monitor with its own latest diagnosis, in the order they joined: a group incident keeps
 * the web shop's 503 beside the terminal's refused connection instead of one replacing the other.
 */
export function monitorFailures(incident: Pick<Incident, 'timeline' | 'monitorIds'>): MonitorFailure[] {
  const failures = new Map<string, MonitorFailure>();
  for (const event of incident.timeline) {
    if (event.monitorId === undefined || !incident.monitorIds.includes(event.monitorId)) continue;
    const known = failures.get(event.monitorId);
    const failed = FAILURE_EVENTS.has(event.type);
    if (!failed && !(event.type === 'cause_changed' && known)) continue;
    failures.set(event.monitorId, {
      monitorId: event.monitorId,
      cause: event.cause ?? known?.cause ?? 'unknown',
      details: event.details ?? known?.details ?? {},
      since: known?.since ?? event.at,
    });
  }
  return [...failures.values()];
}

export interface TriedAction {
  at: number;
  /** The first line of the event's text: the action in the words of the day it was done. */
  text: string;
  facts: GuideEventFacts | null;
}

/** Guide actions the timeline keeps that are not attempts at a fix. */
const NOT_FIXES: ReadonlySet<GuideEventFacts['guideAction']> = new Set([
  'checklist',
  'verify',
  'support_request',
]);

/**
 * What the owner tried to fix it: fix steps, restarts and actions written in by hand; the guide's checklist
 * ticks, verifications and support requests sent are not fixes.
 */
export function triedActions(incident: Pick<Incident, 'timeline'>): TriedAction[] {
  return incident.timeline.flatMap((event) => {
    if (event.type !== 'action_tried' || !event.text) return [];
    const facts = readGuideEvent(event);
    if (facts && NOT_FIXES.has(facts.guideAction)) return [];
    return [{ at: event.at, text: event.text.split('\n')[0] ?? '', facts }];
  });
}
