import type { CauseCode } from '../../shared/cause-codes';
import type { CheckDetails } from '../../shared/check-result';
import type { BookDraft } from './book-draft';
import { trackIncident } from './track';
import type { NotificationDraft } from './types';

export interface NoticeContext {
  at: number;
  monitorId: string | null;
  snoozed: boolean;
  /** The monitor joined the incident with this failure (it was not part of it before), failing so. */
  joined?: { cause: CauseCode; details: CheckDetails };
}

/**
 * Notifications follow what the owner was last told: "down" once when that becomes true, "recovered"
 * once when it stops being true. A flap inside the recovery window tells nothing, so the owner's picture
 * only changes when the site really changed. A monitor that joins an incident the owner already knows is
 * down is named on its own ("Pinautomaat is down too"), or the owner would think only the first one is.
 * Nothing is shown while monitoring is snoozed.
 */
export function notifyOnChange(
  tx: BookDraft,
  incidentId: string,
  toldDownBefore: boolean,
  context: NoticeContext,
): void {
  const incident = tx.current(incidentId);
  const toldDownAfter = trackIncident(incident).ownerToldDown;
  if (context.snoozed) return;
  const offline = incident.scope === 'offline';
  if (context.joined && toldDownBefore && toldDownAfter && !offline && context.monitorId !== null) {
    // The joining monitor's own diagnosis: the incident's cause may be another monitor's.
    tx.notify({
      kind: 'joined',
      incidentId,
      monitorId: context.monitorId,
      cause: context.joined.cause,
      details: context.joined.details,
      at: context.at,
    });
    return;
  }
  if (toldDownAfter === toldDownBefore) return;
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
