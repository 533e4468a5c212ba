import type { CauseCode } from '../../shared/cause-codes';
import type { CheckDetails } from '../../shared/check-result';
import type { BookDraft } from './book-draft';
import { nextIncidentCause } from './cause-precedence';
import { failingMembers, trackIncident } from './track';
import { setPhase } from './phases';

/**
 * A failing monitor now fails differently. When its new cause becomes the incident's cause, one
 * `cause_changed` event says both; otherwise a `check_failed` records the monitor's new failure and the
 * incident's cause is worked out again from all failing monitors.
 */
export function changeMemberCause(
  tx: BookDraft,
  incidentId: string,
  change: { monitorId: string; cause: CauseCode; details: CheckDetails; at: number },
): void {
  const incident = tx.current(incidentId);
  const failingCauses = failingMembers(trackIncident(incident)).map(([member, state]) =>
    member === change.monitorId ? change.cause : state.cause,
  );
  const next = nextIncidentCause(incident.cause, failingCauses);
  const { monitorId, cause, details, at } = change;
  if (next === cause && next !== incident.cause) {
    tx.append(incidentId, { at, type: 'cause_changed', monitorId, cause, details }, { cause, details });
    identifyWhenSpecific(tx, incidentId, incident.cause, at);
    return;
  }
  tx.append(incidentId, { at, type: 'check_failed', monitorId, cause, details });
  syncIncidentCause(tx, incidentId, at, monitorId);
}

/**
 * Sets the incident's cause to the most telling cause among its failing monitors (see
 * CAUSE_PRECEDENCE) and its details to the facts behind that cause. Recovered incidents keep the
 * cause and details of their failure, for the review.
 */
export function syncIncidentCause(
  tx: BookDraft,
  incidentId: string,
  at: number,
  driver: string | null,
): void {
  const incident = tx.current(incidentId);
  if (incident.scope === 'offline') return;
  const failing = failingMembers(trackIncident(incident));
  if (failing.length === 0) return;
  const next = nextIncidentCause(
    incident.cause,
    failing.map(([, state]) => state.cause),
  );
  const speaker =
    failing.find(([member, state]) => member === driver && state.cause === next) ??
    failing.find(([, state]) => state.cause === next);
  const details = speaker?.[1].details ?? incident.details;
  if (next === incident.cause) {
    if (!sameDetails(details, incident.details)) tx.patch(incidentId, { details }, at);
    return;
  }
  const monitorId = speaker?.[0];
  tx.append(
    incidentId,
    monitorId === undefined
      ? { at, type: 'cause_changed', cause: next, details }
      : { at, type: 'cause_changed', monitorId, cause: next, details },
    { cause: next, details },
  );
  identifyWhenSpecific(tx, incidentId, incident.cause, at);
}

/**
 * The engine marks an incident `identified` when its diagnosis turns from `unknown` into a specific
 * cause. An incident that opens with a specific cause stays `detected`, because that phase also tells
 * the window the owner has not looked yet; the owner moves it on from there.
 */
function identifyWhenSpecific(tx: BookDraft, incidentId: string, previous: CauseCode, at: number): void {
  const incident = tx.current(incidentId);
  const specificNow = previous === 'unknown' && incident.cause !== 'unknown';
  if (specificNow && (incident.phase === 'detected' || incident.phase === 'investigating')) {
    setPhase(tx, incidentId, 'identified', at);
  }
}

function sameDetails(a: CheckDetails, b: CheckDetails): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && a[key] === b[key])
  );
}
