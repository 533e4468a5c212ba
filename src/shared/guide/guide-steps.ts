/** The recovery plan's five steps, in the order the owner walks them. */
export const GUIDE_STEPS = ['identify', 'communicate', 'fix', 'verify', 'learn'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

export function stepIndex(step: GuideStep): number {
  return GUIDE_STEPS.indexOf(step);
}

/** The later of two steps: the guide moves forward on its own (a recovery, a resolve), never back. */
export function laterStep(a: GuideStep, b: GuideStep): GuideStep {
  return stepIndex(a) >= stepIndex(b) ? a : b;
}

/**
 * The plan's checklist items the owner ticks off. `identify_system_status` is done by the app itself
 * (the checks ran) and shown as done; the others are the owner's.
 */
export const GUIDE_CHECKLIST_ITEMS = [
  'identify_system_status',
  'identify_logs',
  'identify_ask_team',
  'verify_try_yourself',
  'verify_ask_confirmation',
] as const;
export type GuideChecklistItem = (typeof GUIDE_CHECKLIST_ITEMS)[number];

export function isGuideStep(value: string): value is GuideStep {
  return (GUIDE_STEPS as readonly string[]).includes(value);
}
