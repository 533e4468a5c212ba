import { firstCustomerMessageAt } from '../../shared/guide/review';
import type { Incident, IncidentSummary } from '../../shared/incident';

/** An incident without its timeline, for lists and the app state. */
export function summarize(incident: Incident): IncidentSummary {
  const { timeline, ...rest } = incident;
  return {
    ...rest,
    monitorIds: [...rest.monitorIds],
    details: { ...rest.details },
    eventCount: timeline.length,
    firstCustomerMessageAt: firstCustomerMessageAt(timeline),
  };
}
