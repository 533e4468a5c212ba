import type { BookDraft } from './book-draft';
import { notifyOnChange } from './notices';
import { resolveIncident } from './phases';
import { RECOVERY_WINDOW_MS } from './rules';
import { CONNECTIVITY_MEMBER, failingMembers, trackIncident } from './track';

/**
 * Rules that fire when time passes; they run first on every input, dated at the moment they became due,
 * so a late tick gives the same timeline as a punctual one.
 * - A flap that still fails when the recovery window ends was not a blip: record it and tell the owner.
 * - An incident in `monitoring` whose monitors stayed up for the whole window resolves.
 */
export function applyTimeRules(tx: BookDraft, now: number, snoozed: boolean): void {
  for (const incident of [...tx.open.values()]) {
    const track = trackIncident(incident);
    if (track.flapDeadline !== null && !track.ownerToldDown && now >= track.flapDeadline) {
      const failing = failingMembers(track);
      const [member, state] =
        failing.find(([, candidate]) => candidate.cause === incident.cause) ?? failing[0] ?? [];
      if (member === undefined || state === undefined) continue;
      const at = track.flapDeadline;
      tx.append(incident.id, {
        at,
        type: 'check_failed',
        cause: state.cause,
        details: state.details,
        ...(member === CONNECTIVITY_MEMBER ? {} : { monitorId: member }),
      });
      notifyOnChange(tx, incident.id, false, {
        at,
        monitorId: member === CONNECTIVITY_MEMBER ? null : member,
        snoozed,
      });
    } else if (
      incident.phase === 'monitoring' &&
      track.allUpSince !== null &&
      now >= track.allUpSince + RECOVERY_WINDOW_MS
    ) {
      resolveIncident(tx, incident.id, track.allUpSince + RECOVERY_WINDOW_MS);
    }
  }
}
