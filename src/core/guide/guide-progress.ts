import type { GuideProgress } from '../../shared/guide/guide-progress';
export { newGuideProgress } from '../../shared/guide/guide-progress';
import type { GuideStep } from '../../shared/guide/guide-steps';
import { laterStep } from '../../shared/guide/guide-steps';
import type { Incident } from '../../shared/incident';
import { memberOf } from '../incidents/track';

/**
 * Moves the guide along with what the engine saw since it last looked: when every monitor of the incident
 * works again it goes to Verify (an incident that heals by itself skips Fix), when the incident is resolved
 * it goes to Learn. Only events not followed before count, so the owner who goes back a step afterwards
 * stays there, and following twice (after a crash, on every read) changes nothing. Returns the same
 * object when nothing changed.
 */
export function followIncident(progress: GuideProgress, incident: Incident): GuideProgress {
  const { timeline } = incident;
  if (progress.eventsFollowed >= timeline.length) return progress;
  const failing = new Set<string>();
  let step: GuideStep = progress.step;
  timeline.forEach((event, index) => {
    const unseen = index >= progress.eventsFollowed;
    const member = memberOf(incident, event);
    switch (event.type) {
      case 'detected':
      case 'monitor_joined':
      case 'check_failed':
      case 'flapped':
        if (member !== null) failing.add(member);
        break;
      case 'check_passed':
        if (member === null || !failing.delete(member)) break;
        if (failing.size === 0 && unseen) step = laterStep(step, 'verify');
        break;
      case 'resolved':
        if (unseen) step = 'learn';
        break;
      default:
        break;
    }
  });
  return { ...progress, step, eventsFollowed: timeline.length };
}
