import type { Incident, IncidentEvent, IncidentSummary } from '../../shared/incident';
import { SAMPLE_NOW } from './app-state-samples';

const MINUTE = 60_000;

/** Minutes before SAMPLE_NOW (13:02), so a test reads its times as clock times: `minutesAgo(20)` is 12:42. */
export const minutesAgo = (minutes: number) => SAMPLE_NOW - minutes * MINUTE;

/** The full incident behind a summary, as incidents.get answers it. */
export function fullIncident(summary: IncidentSummary, timeline: IncidentEvent[]): Incident {
  const { eventCount: _eventCount, firstCustomerMessageAt: _told, ...rest } = summary;
  return { ...rest, timeline };
}
