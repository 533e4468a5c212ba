import type { CauseCode } from '../../shared/cause-codes';
import type { CheckDetails } from '../../shared/check-result';
import type { Incident, IncidentEvent, IncidentPhase } from '../../shared/incident';
import { RECOVERY_WINDOW_MS } from './rules';

/** The offline incident has no monitors; its one member is the machine's connection. */
export const CONNECTIVITY_MEMBER = 'connectivity';

/** A phase an incident can fall back to when it fails again after recovering. */
export type ActivePhase = Exclude<IncidentPhase, 'monitoring' | 'resolved'>;

export interface MemberState {
  failing: boolean;
  cause: CauseCode;
  details: CheckDetails;
}

/**
 * What the rules need to know about an incident beyond its stored fields. It is computed from the
 * timeline alone, both live and after a restart, so a restored incident behaves exactly like one that
 * never left memory.
 */
export interface IncidentTrack {
  members: ReadonlyMap<string, MemberState>;
  /** The phase to go back to when a recovered incident fails again. */
  phaseBeforeMonitoring: ActivePhase;
  /** Since when every member is up; null while one fails. */
  allUpSince: number | null;
  /** The owner's last notification for this incident said "down" (or "offline"). */
  ownerToldDown: boolean;
  /** A flap postponed the "down" notification until this moment, in case the failure lasts. */
  flapDeadline: number | null;
}

/** The member an event is about, or null for incident-wide events and monitors no longer in the incident. */
export function memberOf(incident: Incident, event: IncidentEvent): string | null {
  if (incident.scope === 'offline') return event.monitorId === undefined ? CONNECTIVITY_MEMBER : null;
  return event.monitorId !== undefined && incident.monitorIds.includes(event.monitorId)
    ? event.monitorId
    : null;
}

export function trackIncident(incident: Incident): IncidentTrack {
  const members = new Map<string, MemberState>();
  let phase: IncidentPhase = 'detected';
  let phaseBeforeMonitoring: ActivePhase = 'detected';
  let allUpSince: number | null = null;
  let ownerToldDown = false;
  let flapDeadline: number | null = null;

  const fail = (member: string, event: IncidentEvent): void => {
    if (allUpSince !== null) {
      const windowEnd = allUpSince + RECOVERY_WINDOW_MS;
      if (event.at < windowEnd) flapDeadline = windowEnd;
      else ownerToldDown = true;
      allUpSince = null;
    } else if (!ownerToldDown && flapDeadline !== null && event.at >= flapDeadline) {
      ownerToldDown = true;
      flapDeadline = null;
    }
    const previous = members.get(member);
    members.set(member, {
      failing: true,
      cause: event.cause ?? previous?.cause ?? incident.cause,
      details: event.details ?? previous?.details ?? {},
    });
  };

  for (const event of incident.timeline) {
    const member = memberOf(incident, event);
    switch (event.type) {
      case 'detected':
        ownerToldDown = true;
        if (member !== null) fail(member, event);
        break;
      case 'monitor_joined':
      case 'check_failed':
      case 'flapped':
        if (member !== null) fail(member, event);
        break;
      case 'cause_changed': {
        const previous = member === null ? undefined : members.get(member);
        if (member !== null && previous && event.cause !== undefined) {
          members.set(member, {
            ...previous,
            cause: event.cause,
            details: event.details ?? previous.details,
          });
        }
        break;
      }
      case 'check_passed': {
        const previous = member === null ? undefined : members.get(member);
        if (member === null || !previous) break;
        members.set(member, { ...previous, failing: false });
        if ([...members.values()].every((state) => !state.failing)) {
          allUpSince = event.at;
          ownerToldDown = false;
          flapDeadline = null;
        }
        break;
      }
      case 'phase_changed':
        if (event.phase === 'monitoring' && phase !== 'monitoring' && phase !== 'resolved') {
          phaseBeforeMonitoring = phase;
        }
        if (event.phase !== undefined) phase = event.phase;
        break;
      default:
        break;
    }
  }
  return { members, phaseBeforeMonitoring, allUpSince, ownerToldDown, flapDeadline };
}

/** Whether the offline incident still has the machine's connection down. */
export function connectionFailing(incident: Incident): boolean {
  return trackIncident(incident).members.get(CONNECTIVITY_MEMBER)?.failing ?? false;
}

export function failingMembers(track: IncidentTrack): [string, MemberState][] {
  return [...track.members].filter(([, state]) => state.failing);
}

export function allMembersUp(track: IncidentTrack): boolean {
  return track.members.size > 0 && failingMembers(track).length === 0;
}
