import type { CatalogSet } from './interpolate';

/** The step indicator's words for steps the owner has passed without doing them (steps-done.ts decides). */
export interface StepIndicatorTexts {
  /** Read after a step's name by screen readers, where sighted owners see its number instead of a ✓. */
  notDone: string;
  /** "What is left" when every later step is already done. */
  laterDone: string;
}

export const stepIndicatorTexts: CatalogSet<StepIndicatorTexts> = {
  en: { notDone: 'not done yet', laterDone: 'The steps after this one are done.' },
  nl: { notDone: 'nog niet gedaan', laterDone: 'De stappen hierna zijn gedaan.' },
  nlInformal: {},
};
