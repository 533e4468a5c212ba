import { describe, expect, it } from 'vitest';
import type { Incident, IncidentEvent } from '../../shared/incident';
import { bakeryIncident } from '../../../test/support/guide-incidents';
import { followIncident, newGuideProgress } from './guide-progress';

const upTo = (incident: Incident, count: number): Incident => ({
  ...incident,
  resolvedAt: null,
  timeline: incident.timeline.slice(0, count),
});
const indexOf = (incident: Incident, type: IncidentEvent['type'], monitorId?: string) =>
  incident.timeline.findIndex(
    (event) => event.type === type && (monitorId === undefined || event.monitorId === monitorId),
  );

describe('the guide following its incident', () => {
  const incident = bakeryIncident();
  const shopBack = indexOf(incident, 'check_passed', 'm-shop');
  const allBack = indexOf(incident, 'check_passed', 'm-checkout');

  it('stays where the owner is while a monitor still fails', () => {
    const progress = followIncident(newGuideProgress(incident.id, 0), upTo(incident, shopBack + 1));
    expect(progress.step).toBe('identify');
    expect(progress.eventsFollowed).toBe(shopBack + 1);
  });

  it('goes to Verify when the last monitor works again, and to Learn when resolved', () => {
    const healed = followIncident(newGuideProgress(incident.id, 0), upTo(incident, allBack + 1));
    expect(healed.step).toBe('verify');
    expect(followIncident({ ...healed, step: 'fix' }, upTo(incident, allBack + 1)).step).toBe('fix');
    expect(followIncident(healed, incident).step).toBe('learn');
  });

  it('never moves the owner back, and changes nothing on a second look', () => {
    const atLearn = { ...newGuideProgress(incident.id, 0), step: 'learn' as const };
    expect(followIncident(atLearn, upTo(incident, allBack + 1)).step).toBe('learn');
    const followed = followIncident(newGuideProgress(incident.id, 0), incident);
    expect(followIncident(followed, incident)).toBe(followed);
  });
});
