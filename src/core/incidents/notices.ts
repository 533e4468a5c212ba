import type { BookDraft } from './book-draft';
import { trackIncident } from './track';
import type { NotificationDraft } from './types';

export interface NoticeContext {
  at: number;
  monitorId: string | null;
  snoozed: boolean;
}

/**
 * Notifications follow what the owner was last told: "down" once when that becomes true, "recovered"
 * once when it stops being true. A flap inside the recovery window tells nothing, so the owner's picture
 * only changes when the site really changed. Nothing is shown while monitoring is snoozed.
 */
export function notifyOnChange(
  tx: BookDraft,
  incidentId: string,
  toldDownBefore: boolean,
  context: NoticeContext,
): void {
  const incident = tx.current(incidentId);
  const toldDownAfter = trackIncident(incident).ownerToldDown;
  if (toldDownAfter === toldDownBefore || context.snoozed) return;
  const offline = incident.scope === 'offline';
  const kinds: Record<'down' | 'up', NotificationDraft['kind']> = offline
    ? { down: 'offline', up: 'online' }
    : { down: 'down', up: 'recovered' };
  tx.notify({
    kind: toldDownAfter ? kinds.down : kinds.up,
    incidentId,
    monitorId: offline ? null : (context.monitorId ?? incident.monitorIds[0] ?? null),
    cause: incident.cause,
    details: incident.details,
    at: context.at,
  });
}
