import type { FixStepId } from './fix-step-ids';

/**
 * One fix step as the owner reads it: a short instruction as its title, then how to do it in a few plain
 * sentences. `{host}` is the site's name, `{who}` the contact this cause calls for ("your hosting company").
 */
export interface FixStepText {
  title: string;
  how: readonly string[];
}

export type FixStepCatalog = Record<FixStepId, FixStepText>;
