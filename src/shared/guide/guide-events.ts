import { z } from 'zod';
import type { CheckDetails } from '../check-result';
import { DIAGNOSIS_CONTACT_ROLES } from '../diagnosis';
import type { IncidentEvent } from '../incident';
import { FIX_STEP_IDS } from './fix-guides/fix-step-ids';
import { FIX_OUTCOMES } from './guide-progress';
import { GUIDE_CHECKLIST_ITEMS } from './guide-steps';

/** How the owner passed the prepared support request on: copied, opened in the mail program, or by phone. */
export const SUPPORT_REQUEST_WAYS = ['copied', 'email', 'phone'] as const;
export type SupportRequestWay = (typeof SUPPORT_REQUEST_WAYS)[number];

/**
 * What the guide wrote into an `action_tried` event, kept in the event's details so the review and the
 * memory of later incidents read facts, not the words of whichever language the owner used that day.
 */
const guideEventFactsSchema = z.discriminatedUnion('guideAction', [
  z.object({
    guideAction: z.literal('fix'),
    fixId: z.enum(FIX_STEP_IDS),
    outcome: z.enum(FIX_OUTCOMES),
  }),
  z.object({ guideAction: z.literal('checklist'), item: z.enum(GUIDE_CHECKLIST_ITEMS) }),
  z.object({
    guideAction: z.literal('verify'),
    passed: z.number().int().nonnegative(),
    failed: z.number().int().nonnegative(),
  }),
  z.object({
    guideAction: z.literal('restart'),
    monitorId: z.string(),
    result: z.enum(['ran', 'timed_out', 'not_started']),
    exitCode: z.number().int().nullable(),
    /** The check right after the restart passed. */
    recovered: z.boolean(),
  }),
  z.object({
    guideAction: z.literal('support_request'),
    role: z.enum(DIAGNOSIS_CONTACT_ROLES),
    way: z.enum(SUPPORT_REQUEST_WAYS),
  }),
]);
export type GuideEventFacts = z.infer<typeof guideEventFactsSchema>;

export function guideEventDetails(facts: GuideEventFacts): CheckDetails {
  return { ...facts };
}

/** The guide's facts of a timeline event, or null for any other event. */
export function readGuideEvent(event: IncidentEvent): GuideEventFacts | null {
  if (event.type !== 'action_tried' || event.details === undefined) return null;
  const parsed = guideEventFactsSchema.safeParse(event.details);
  return parsed.success ? parsed.data : null;
}
