import type { Incident } from '../incident';
import type { FixStepId } from './fix-guides/fix-step-ids';
import { readGuideEvent } from './guide-events';
import type { FixOutcome, GuideProgress } from './guide-progress';
import type { GuideChecklistItem, GuideStep } from './guide-steps';
import { canResolveWithoutReason } from './verification';

/** The Identify items the owner ticks themselves; the system status is the app's own. */
const IDENTIFY_OWNER_ITEMS: readonly GuideChecklistItem[] = ['identify_logs', 'identify_ask_team'];

/** A fix marked again replaces its earlier outcome: "it worked" taken back is no longer done. */
function latestFixOutcomes(progress: GuideProgress): Map<FixStepId, FixOutcome> {
  const outcomes = new Map<FixStepId, FixOutcome>();
  for (const attempt of progress.fixes) outcomes.set(attempt.fixId, attempt.outcome);
  return outcomes;
}

/**
 * Which of the guide's steps the owner has actually done, from what was recorded, never from where they
 * are (a link straight to Fix has done nothing in Identify):
 * - Identify: the owner ticked both of their checklist items (looked at the logs, asked the team);
 * - Communicate: a message was marked as sent (copying alone is not sending);
 * - Fix: a fix step was marked "it worked", or a restart command brought the monitor back;
 * - Verify: the latest "check everything now" passed for this incident and nothing failed since;
 * - Learn: the review was saved.
 */
export function stepsDone(
  progress: GuideProgress,
  incident: Pick<Incident, 'monitorIds' | 'timeline'>,
): Record<GuideStep, boolean> {
  const guideEvents = incident.timeline.map(readGuideEvent);
  return {
    identify: IDENTIFY_OWNER_ITEMS.every((item) => progress.checklistDone.includes(item)),
    communicate: incident.timeline.some((event) => event.type === 'message_sent'),
    fix:
      [...latestFixOutcomes(progress).values()].includes('worked') ||
      guideEvents.some((facts) => facts?.guideAction === 'restart' && facts.recovered),
    verify: canResolveWithoutReason(progress.verifications, incident),
    learn: progress.review.savedAt !== null,
  };
}
