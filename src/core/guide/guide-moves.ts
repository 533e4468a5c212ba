import type { FixStepId } from '../../shared/guide/fix-guides/fix-step-ids';
import { fixStepTitle } from '../../shared/guide/fix-guides';
import type { DiagnosisContactRole } from '../../shared/diagnosis';
import type { SupportRequestWay } from '../../shared/guide/guide-events';
import { guideEventDetails } from '../../shared/guide/guide-events';
import type {
  ActionItem,
  FixOutcome,
  GuideProgress,
  ReviewAnswers,
  VerificationRun,
} from '../../shared/guide/guide-progress';
import type { GuideChecklistItem, GuideStep } from '../../shared/guide/guide-steps';
import { stepIndex } from '../../shared/guide/guide-steps';
import { guideTextCatalogs } from '../../shared/guide/guide-texts';
import { canResolveWithoutReason, resultsFor } from '../../shared/guide/verification';
import { interpolate, pickCatalog } from '../../shared/i18n/interpolate';
import type { Incident } from '../../shared/incident';
import type { Locale } from '../../shared/locale';
import type { OwnerInput } from '../incidents';
import { failingMembers, trackIncident } from '../incidents/track';

/** Verification runs kept per incident: the latest decides, a few before it show the way there. */
export const VERIFICATIONS_KEPT = 5;

/** A guide action: the progress after it, and what the incident must record, in order. */
export interface GuideMove {
  progress: GuideProgress;
  inputs: OwnerInput[];
}

/** `already_resolved`: the action needs an open incident; `verification_needed`: resolve needs a reason. */
export interface GuideMoveError {
  error: 'already_resolved' | 'verification_needed';
}

const isOpen = (incident: Incident) => incident.resolvedAt === null;

function changed(progress: GuideProgress, at: number, change: Partial<GuideProgress>): GuideProgress {
  return { ...progress, ...change, updatedAt: at };
}

/** Going past step 1 means the owner knows what is wrong: Statuspage's `identified`. */
export function moveToStep(
  progress: GuideProgress,
  incident: Incident,
  step: GuideStep,
  at: number,
): GuideMove {
  const inputs: OwnerInput[] = [];
  const stillLooking = incident.phase === 'detected' || incident.phase === 'investigating';
  if (isOpen(incident) && stillLooking && stepIndex(step) > stepIndex('identify'))
    inputs.push({ kind: 'set_phase', at, incidentId: incident.id, phase: 'identified' });
  return { progress: changed(progress, at, { step }), inputs };
}

export function markChecklistItem(
  progress: GuideProgress,
  incident: Incident,
  item: { item: GuideChecklistItem; done: boolean; note?: string },
  at: number,
  locale: Locale,
): GuideMove {
  const wasDone = progress.checklistDone.includes(item.item);
  const checklistDone = item.done
    ? wasDone
      ? progress.checklistDone
      : [...progress.checklistDone, item.item]
    : progress.checklistDone.filter((done) => done !== item.item);
  const inputs: OwnerInput[] = [];
  if (isOpen(incident)) {
    if (item.done && !wasDone)
      inputs.push({
        kind: 'add_event',
        at,
        incidentId: incident.id,
        type: 'action_tried',
        text: pickCatalog(guideTextCatalogs, locale).checklist[item.item],
        details: guideEventDetails({ guideAction: 'checklist', item: item.item }),
      });
    const note = item.note?.trim();
    if (note) inputs.push({ kind: 'add_event', at, incidentId: incident.id, type: 'note', text: note });
  }
  return { progress: changed(progress, at, { checklistDone }), inputs };
}

/**
 * A fix step done moves the incident to `monitoring` (the fix is in, now watch it); one that did not help
 * while a monitor still fails moves it back to `identified`.
 */
export function recordFix(
  progress: GuideProgress,
  incident: Incident,
  fix: { fixId: FixStepId; outcome: FixOutcome },
  at: number,
  locale: Locale,
): GuideMove | GuideMoveError {
  if (!isOpen(incident)) return { error: 'already_resolved' };
  const title = fixStepTitle(fix.fixId, incident.details, locale, incident.cause);
  const text = interpolate(pickCatalog(guideTextCatalogs, locale).fixOutcomes[fix.outcome], { fix: title });
  const inputs: OwnerInput[] = [
    {
      kind: 'add_event',
      at,
      incidentId: incident.id,
      type: 'action_tried',
      text,
      details: guideEventDetails({ guideAction: 'fix', ...fix }),
    },
  ];
  if (fix.outcome !== 'did_not_work' && incident.phase !== 'monitoring')
    inputs.push({ kind: 'set_phase', at, incidentId: incident.id, phase: 'monitoring' });
  const stillFailing = failingMembers(trackIncident(incident)).length > 0;
  if (fix.outcome === 'did_not_work' && incident.phase === 'monitoring' && stillFailing)
    inputs.push({ kind: 'set_phase', at, incidentId: incident.id, phase: 'identified' });
  return { progress: changed(progress, at, { fixes: [...progress.fixes, { ...fix, at }] }), inputs };
}

/**
 * The prepared support request went to someone who can help: the timeline keeps who and how, and the
 * review lists it with what was tried. It moves no phase: asking for help is not yet a fix.
 */
export function recordSupportRequest(
  progress: GuideProgress,
  incident: Incident,
  request: { role: DiagnosisContactRole; way: SupportRequestWay },
  at: number,
  locale: Locale,
): GuideMove | GuideMoveError {
  if (!isOpen(incident)) return { error: 'already_resolved' };
  const texts = pickCatalog(guideTextCatalogs, locale);
  const text = interpolate(texts.supportRequestShared[request.way], {
    role: texts.contactRoles[request.role],
  });
  return {
    progress: changed(progress, at, {}),
    inputs: [
      {
        kind: 'add_event',
        at,
        incidentId: incident.id,
        type: 'action_tried',
        text,
        details: guideEventDetails({ guideAction: 'support_request', ...request }),
      },
    ],
  };
}

export function recordVerification(
  progress: GuideProgress,
  incident: Incident,
  run: VerificationRun,
  locale: Locale,
): GuideMove {
  const verifications = [...progress.verifications, run].slice(-VERIFICATIONS_KEPT);
  const inputs: OwnerInput[] = [];
  if (isOpen(incident)) {
    const results = resultsFor(run, incident);
    const failed = results.filter((result) => !result.passed).length;
    const texts = pickCatalog(guideTextCatalogs, locale);
    inputs.push({
      kind: 'add_event',
      at: run.at,
      incidentId: incident.id,
      type: 'action_tried',
      text: interpolate(failed === 0 ? texts.verifiedAll : texts.verifiedSome, {
        failed,
        total: results.length,
      }),
      details: guideEventDetails({ guideAction: 'verify', passed: results.length - failed, failed }),
    });
  }
  return { progress: changed(progress, run.at, { verifications }), inputs };
}

/** Resolving needs a passing verification since the last failure, or the owner's reason for going ahead. */
export function resolveFromGuide(
  progress: GuideProgress,
  incident: Incident,
  reason: string | undefined,
  at: number,
): GuideMove | GuideMoveError {
  if (!isOpen(incident)) return { error: 'already_resolved' };
  if (reason === undefined && !canResolveWithoutReason(progress.verifications, incident))
    return { error: 'verification_needed' };
  const resolve: OwnerInput =
    reason === undefined
      ? { kind: 'resolve', at, incidentId: incident.id }
      : { kind: 'resolve', at, incidentId: incident.id, note: reason };
  return { progress: changed(progress, at, { step: 'learn' }), inputs: [resolve] };
}

/** The review is written after the incident closed, so it lives in the progress, not the timeline. */
export function saveReview(
  progress: GuideProgress,
  review: { answers: ReviewAnswers; actionItems: ActionItem[] },
  at: number,
): GuideProgress {
  return changed(progress, at, { review: { ...review, savedAt: at } });
}
