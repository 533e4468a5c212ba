import type { IncidentPhase } from '../../shared/incident';
import type { BookDraft } from './book-draft';

/** Records a phase change; resolving goes through `resolveIncident`, which also closes the incident. */
export function setPhase(
  tx: BookDraft,
  incidentId: string,
  phase: Exclude<IncidentPhase, 'resolved'>,
  at: number,
): void {
  if (tx.current(incidentId).phase === phase) return;
  tx.append(incidentId, { at, type: 'phase_changed', phase }, { phase });
}

export function resolveIncident(
  tx: BookDraft,
  incidentId: string,
  at: number,
  reason: { note?: string; removedMonitorId?: string } = {},
): void {
  const note = reason.note?.trim();
  tx.append(
    incidentId,
    {
      at,
      type: 'resolved',
      ...(note ? { text: note } : {}),
      ...(reason.removedMonitorId === undefined ? {} : { monitorId: reason.removedMonitorId }),
    },
    { phase: 'resolved', resolvedAt: at },
  );
  tx.close(incidentId);
}
