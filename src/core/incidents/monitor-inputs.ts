import { incidentOfGroup, incidentOfMonitor } from './book';
import type { BookDraft } from './book-draft';
import { changeMemberCause, syncIncidentCause } from './cause-update';
import { groupForMonitor } from './grouping';
import { openIncident, recordFailure, recordRecovery } from './lifecycle';
import type { Recovery } from './lifecycle';
import { resolveIncident, setPhase } from './phases';
import { CERTIFICATE_NOTICE_INTERVAL_MS } from './rules';
import { allMembersUp, trackIncident } from './track';
import type { IncidentContext, IncidentInput, MonitorDownInput } from './types';

type InputOf<K extends IncidentInput['kind']> = Extract<IncidentInput, { kind: K }>;

/**
 * A confirmed failure. While the machine is offline a remote failure says nothing about the site, so it
 * is left to the offline incident. During a snooze nothing opens, but an open incident still records it.
 */
export function monitorDown(tx: BookDraft, ctx: IncidentContext, input: MonitorDownInput): void {
  if (input.remote && (tx.offline || input.cause === 'local_offline')) return;
  const group = groupForMonitor(input);
  const details = { target: input.target, ...input.details };
  const failure = {
    at: input.at,
    monitorId: input.monitorId,
    monitorName: input.monitorName,
    cause: input.cause,
    details,
  };
  const incident = incidentOfMonitor(tx, input.monitorId) ?? incidentOfGroup(tx, group.groupKey);
  if (!incident) {
    if (!input.duringSnooze) openIncident(tx, ctx, group, failure);
    return;
  }
  const member = trackIncident(incident).members.get(input.monitorId);
  if (!member?.failing) {
    recordFailure(tx, incident.id, failure, input.duringSnooze);
  } else if (member.cause !== input.cause) {
    changeMemberCause(tx, incident.id, failure);
  }
}

export function monitorCauseChanged(tx: BookDraft, input: InputOf<'monitor_cause_changed'>): void {
  const incident = incidentOfMonitor(tx, input.monitorId);
  if (!incident || (incident.scope === 'site' && tx.offline)) return;
  const member = trackIncident(incident).members.get(input.monitorId);
  if (!member?.failing || member.cause === input.cause) return;
  changeMemberCause(tx, incident.id, input);
}

export function monitorUp(tx: BookDraft, input: InputOf<'monitor_up'>): void {
  recoverMember(tx, { at: input.at, monitorId: input.monitorId }, input.duringSnooze ?? false);
}

/**
 * A monitor that answers but degraded (slow, certificate expiring) works again as far as an incident is
 * concerned. An expiring certificate earns its own reminder, at most once a day per monitor.
 */
export function monitorDegraded(tx: BookDraft, input: InputOf<'monitor_degraded'>): void {
  const { at, monitorId, cause, details, duringSnooze } = input;
  recoverMember(tx, { at, monitorId, cause, details }, duringSnooze);
  if (cause !== 'tls_expiring_soon' || duringSnooze) return;
  const lastNotice = tx.certificateNoticeAt.get(monitorId);
  if (lastNotice !== undefined && at - lastNotice < CERTIFICATE_NOTICE_INTERVAL_MS) return;
  tx.certificateNoticeAt.set(monitorId, at);
  tx.notify({ kind: 'certificate_expiring', incidentId: null, monitorId, cause, details, at });
}

/**
 * A deleted monitor leaves its incident (its events stay in the timeline). An incident left without
 * monitors can never recover on its own, so it resolves, with the removed monitor on the event. No
 * notification: the owner did this.
 */
export function monitorRemoved(tx: BookDraft, input: InputOf<'monitor_removed'>): void {
  tx.certificateNoticeAt.delete(input.monitorId);
  const incident = incidentOfMonitor(tx, input.monitorId);
  if (!incident) return;
  const monitorIds = incident.monitorIds.filter((id) => id !== input.monitorId);
  if (monitorIds.length === 0) {
    resolveIncident(tx, incident.id, input.at, { removedMonitorId: input.monitorId });
    return;
  }
  const remaining = tx.patch(incident.id, { monitorIds }, input.at);
  if (allMembersUp(trackIncident(remaining))) setPhase(tx, incident.id, 'monitoring', input.at);
  else syncIncidentCause(tx, incident.id, input.at, null);
}

function recoverMember(tx: BookDraft, recovery: Recovery & { monitorId: string }, snoozed: boolean): void {
  const incident = incidentOfMonitor(tx, recovery.monitorId);
  if (!incident || !trackIncident(incident).members.get(recovery.monitorId)?.failing) return;
  recordRecovery(tx, incident.id, recovery, snoozed);
}
