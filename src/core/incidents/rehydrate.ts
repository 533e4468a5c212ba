import type { Incident } from '../../shared/incident';
import type { IncidentBook } from './book';
import { OFFLINE_GROUP_KEY } from './book';
import { connectionFailing } from './track';

/**
 * Rebuilds the book from stored incidents after a restart or crash. Everything the rules need is
 * derived from the timelines, so restored incidents carry on as if nothing happened. Resolved
 * incidents may be passed too; only their ids are kept. Certificate reminders are not stored, so the
 * first one after a restart may come sooner than a day after the last.
 */
export function rehydrate(incidents: Incident[]): IncidentBook {
  const open = new Map<string, Incident>();
  const resolvedIds = new Set<string>();
  for (const incident of incidents) {
    if (incident.resolvedAt === null && incident.phase !== 'resolved') open.set(incident.id, incident);
    else resolvedIds.add(incident.id);
  }
  const offline = [...open.values()].some(
    (incident) => incident.groupKey === OFFLINE_GROUP_KEY && connectionFailing(incident),
  );
  return { open, offline, resolvedIds, certificateNoticeAt: new Map() };
}
