import { z } from 'zod';
import { CAUSE_CODES } from '../cause-codes';
import { CHECK_STATUSES } from '../check-result';
import { FIX_STEP_IDS } from './fix-guides/fix-step-ids';
import { GUIDE_CHECKLIST_ITEMS, GUIDE_STEPS } from './guide-steps';

/** What came of a fix step: the owner did it and waits (`tried`), or knows it worked or did not. */
export const FIX_OUTCOMES = ['tried', 'worked', 'did_not_work'] as const;
export type FixOutcome = (typeof FIX_OUTCOMES)[number];

export const REVIEW_TEXT_MAX = 5000;
export const ACTION_ITEMS_MAX = 20;

const at = z.number().int().nonnegative();

export const fixAttemptSchema = z.object({ fixId: z.enum(FIX_STEP_IDS), outcome: z.enum(FIX_OUTCOMES), at });
export type FixAttempt = z.infer<typeof fixAttemptSchema>;

/** How a response time compares with the monitor's normal (its median over the last 7 days). */
export const speedComparisonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('usual') }),
  z.object({ kind: z.literal('slower'), factor: z.number().positive() }),
  z.object({ kind: z.literal('unknown') }),
]);
export type SpeedComparison = z.infer<typeof speedComparisonSchema>;

/** One monitor checked live by "check everything now". */
export const verificationResultSchema = z.object({
  monitorId: z.string(),
  monitorName: z.string(),
  passed: z.boolean(),
  status: z.enum(CHECK_STATUSES),
  cause: z.enum(CAUSE_CODES),
  /** Null when the check got no answer (down), so there is no speed to compare. */
  responseMs: z.number().nonnegative().nullable(),
  /** Median response time over the last 7 days; null without history. */
  normalMs: z.number().nonnegative().nullable(),
  speed: speedComparisonSchema,
});
export type VerificationResult = z.infer<typeof verificationResultSchema>;

export const verificationRunSchema = z.object({ at, results: z.array(verificationResultSchema) });
export type VerificationRun = z.infer<typeof verificationRunSchema>;

/** The plan's three questions. */
export const reviewAnswersSchema = z
  .object({
    whatCaused: z.string().max(REVIEW_TEXT_MAX),
    wentWell: z.string().max(REVIEW_TEXT_MAX),
    toImprove: z.string().max(REVIEW_TEXT_MAX),
  })
  .strict();
export type ReviewAnswers = z.infer<typeof reviewAnswersSchema>;

export const actionItemSchema = z
  .object({ text: z.string().trim().min(1).max(500), done: z.boolean() })
  .strict();
export type ActionItem = z.infer<typeof actionItemSchema>;

export const EMPTY_REVIEW_ANSWERS: ReviewAnswers = { whatCaused: '', wentWell: '', toImprove: '' };

/**
 * Where the owner is in the recovery guide of one incident, kept in SQLite beside it. `eventsFollowed`
 * counts the timeline events the guide has already reacted to (a recovery moves it to Verify, a resolve
 * to Learn), so reacting again after a crash or restart changes nothing twice.
 */
export const guideProgressSchema = z.object({
  incidentId: z.string(),
  step: z.enum(GUIDE_STEPS),
  checklistDone: z.array(z.enum(GUIDE_CHECKLIST_ITEMS)),
  fixes: z.array(fixAttemptSchema),
  verifications: z.array(verificationRunSchema),
  review: z.object({
    answers: reviewAnswersSchema,
    actionItems: z.array(actionItemSchema).max(ACTION_ITEMS_MAX),
    savedAt: at.nullable(),
  }),
  eventsFollowed: z.number().int().nonnegative(),
  updatedAt: at,
});
export type GuideProgress = z.infer<typeof guideProgressSchema>;

/** A guide not yet walked: at Identify, nothing ticked, tried or written. */
export function newGuideProgress(incidentId: string, at: number): GuideProgress {
  return {
    incidentId,
    step: 'identify',
    checklistDone: [],
    fixes: [],
    verifications: [],
    review: { answers: EMPTY_REVIEW_ANSWERS, actionItems: [], savedAt: null },
    eventsFollowed: 0,
    updatedAt: at,
  };
}
