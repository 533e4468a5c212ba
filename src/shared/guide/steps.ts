/** The recovery plan's five steps, in the order the owner walks them. */
export const GUIDE_STEPS = ['identify', 'communicate', 'fix', 'verify', 'learn'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

export function isGuideStep(value: string): value is GuideStep {
  return (GUIDE_STEPS as readonly string[]).includes(value);
}
