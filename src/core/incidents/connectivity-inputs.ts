import { incidentOfGroup, OFFLINE_GROUP_KEY } from './book';
import type { BookDraft } from './book-draft';
import { openIncident, recordFailure, recordRecovery } from './lifecycle';
import { connectionFailing } from './track';
import type { IncidentContext } from './types';

/** The machine lost its connection: one `offline` incident, whatever else fails meanwhile. */
export function goneOffline(tx: BookDraft, ctx: IncidentContext, at: number, snoozed: boolean): void {
  tx.offline = true;
  const failure = { at, cause: 'local_offline' as const, details: {} };
  const incident = incidentOfGroup(tx, OFFLINE_GROUP_KEY);
  if (!incident) {
    if (!snoozed) openIncident(tx, ctx, { groupKey: OFFLINE_GROUP_KEY, scope: 'offline' }, failure);
    return;
  }
  if (!connectionFailing(incident)) recordFailure(tx, incident.id, failure, snoozed);
}

export function backOnline(tx: BookDraft, at: number, snoozed: boolean): void {
  tx.offline = false;
  const incident = incidentOfGroup(tx, OFFLINE_GROUP_KEY);
  if (incident && connectionFailing(incident)) recordRecovery(tx, incident.id, { at }, snoozed);
}
