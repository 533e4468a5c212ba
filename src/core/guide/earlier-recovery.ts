import type { FixStepId } from '../../shared/guide/fix-guides/fix-step-ids';
import { readGuideEvent } from '../../shared/guide/guide-events';
import type { GuideProgress } from '../../shared/guide/guide-progress';
import type { EarlierRecovery } from '../../shared/guide/guide-view';
import type { Incident } from '../../shared/incident';

/** What a resolved incident teaches the next one with the same cause: what fixed it, and how long it took. */
export function earlierRecovery(incident: Incident, progress: GuideProgress | null): EarlierRecovery | null {
  if (incident.resolvedAt === null) return null;
  const workedFixes: FixStepId[] = [];
  let restartWorked = false;
  for (const event of incident.timeline) {
    const facts = readGuideEvent(event);
    if (facts?.guideAction === 'fix' && facts.outcome === 'worked' && !workedFixes.includes(facts.fixId))
      workedFixes.push(facts.fixId);
    if (facts?.guideAction === 'restart' && facts.recovered) restartWorked = true;
  }
  return {
    incidentId: incident.id,
    openedAt: incident.openedAt,
    resolvedAt: incident.resolvedAt,
    durationMs: incident.resolvedAt - incident.openedAt,
    workedFixes,
    restartWorked,
    whatCaused: progress?.review.answers.whatCaused.trim() ?? '',
  };
}
