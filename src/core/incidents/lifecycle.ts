import type { CauseCode } from '../../shared/cause-codes';
import type { CheckDetails } from '../../shared/check-result';
import type { Incident, IncidentEvent, IncidentEventType } from '../../shared/incident';
import type { BookDraft } from './book-draft';
import { syncIncidentCause } from './cause-update';
import type { IncidentGroup } from './grouping';
import { notifyOnChange } from './notices';
import { setPhase } from './phases';
import { RECOVERY_WINDOW_MS } from './rules';
import { allMembersUp, CONNECTIVITY_MEMBER, trackIncident } from './track';
import type { IncidentContext } from './types';

/** One failure as an incident records it; no `monitorId` means the machine's own connection. */
export interface Failure {
  at: number;
  monitorId?: string;
  monitorName?: string;
  cause: CauseCode;
  details: CheckDetails;
}

export interface Recovery {
  at: number;
  monitorId?: string;
  /** Set when the monitor came back degraded (e.g. slow) rather than fully up. */
  cause?: CauseCode;
  details?: CheckDetails;
}

/** Opens an incident in `detected` with its first event and tells the owner. */
export function openIncident(
  tx: BookDraft,
  ctx: IncidentContext,
  group: IncidentGroup,
  failure: Failure,
): Incident {
  const incident: Incident = {
    id: ctx.newId(),
    groupKey: group.groupKey,
    scope: group.scope,
    monitorIds: failure.monitorId === undefined ? [] : [failure.monitorId],
    cause: failure.cause,
    phase: 'detected',
    openedAt: failure.at,
    updatedAt: failure.at,
    resolvedAt: null,
    details: failure.details,
    timeline: [],
  };
  tx.add(incident);
  tx.append(incident.id, failureEvent('detected', failure));
  notifyOnChange(tx, incident.id, false, {
    at: failure.at,
    monitorId: failure.monitorId ?? null,
    snoozed: false,
  });
  return tx.current(incident.id);
}

/**
 * A member that was up fails again, or a monitor of the group joins. Inside the recovery window this is
 * a flap: the incident falls back to the phase it had before `monitoring`, and the owner, who was told
 * it recovered, is not told again unless the failure outlasts the window (see the time rules).
 */
export function recordFailure(tx: BookDraft, incidentId: string, failure: Failure, snoozed: boolean): void {
  const incident = tx.current(incidentId);
  const track = trackIncident(incident);
  const member = failure.monitorId ?? CONNECTIVITY_MEMBER;
  const joining = !track.members.has(member);
  const flapping = track.allUpSince !== null && failure.at < track.allUpSince + RECOVERY_WINDOW_MS;
  const type: IncidentEventType = joining ? 'monitor_joined' : flapping ? 'flapped' : 'check_failed';
  const monitorIds =
    failure.monitorId === undefined || incident.monitorIds.includes(failure.monitorId)
      ? incident.monitorIds
      : [...incident.monitorIds, failure.monitorId];
  tx.append(incidentId, failureEvent(type, failure), { monitorIds });
  if (track.allUpSince !== null && incident.phase === 'monitoring') {
    setPhase(tx, incidentId, track.phaseBeforeMonitoring, failure.at);
  }
  syncIncidentCause(tx, incidentId, failure.at, failure.monitorId ?? null);
  notifyOnChange(tx, incidentId, track.ownerToldDown, {
    at: failure.at,
    monitorId: failure.monitorId ?? null,
    snoozed,
    ...(joining ? { joined: { cause: failure.cause, details: failure.details } } : {}),
  });
}

/** A failing member works again; when it was the last one, the incident moves to `monitoring`. */
export function recordRecovery(
  tx: BookDraft,
  incidentId: string,
  recovery: Recovery,
  snoozed: boolean,
): void {
  const toldDownBefore = trackIncident(tx.current(incidentId)).ownerToldDown;
  const event: IncidentEvent = { at: recovery.at, type: 'check_passed' };
  if (recovery.monitorId !== undefined) event.monitorId = recovery.monitorId;
  if (recovery.cause !== undefined) event.cause = recovery.cause;
  if (recovery.details !== undefined) event.details = recovery.details;
  const incident = tx.append(incidentId, event);
  if (allMembersUp(trackIncident(incident))) setPhase(tx, incidentId, 'monitoring', recovery.at);
  else syncIncidentCause(tx, incidentId, recovery.at, null);
  notifyOnChange(tx, incidentId, toldDownBefore, {
    at: recovery.at,
    monitorId: recovery.monitorId ?? null,
    snoozed,
  });
}

/** Monitor names ride along on the events that bring a monitor in, so the timeline reads well after a rename. */
function failureEvent(type: IncidentEventType, failure: Failure): IncidentEvent {
  const event: IncidentEvent = { at: failure.at, type, cause: failure.cause, details: failure.details };
  if (failure.monitorId !== undefined) event.monitorId = failure.monitorId;
  const introduces = type === 'detected' || type === 'monitor_joined';
  if (introduces && failure.monitorName !== undefined) event.text = failure.monitorName;
  return event;
}
