import type { CauseCatalog } from './causes-catalog';
import { causesEn } from './causes-en';
import { causesNl } from './causes-nl';
import { causesNlInformal } from './causes-nl-informal';
import type { CatalogSet } from './interpolate';

/** The plain-language diagnosis of every cause code, per language. */
export const causeCatalogs: CatalogSet<CauseCatalog> = {
  en: causesEn,
  nl: causesNl,
  nlInformal: causesNlInformal,
};

export { CAUSE_VARIANTS } from './causes-catalog';
export type { CauseCatalog, CauseText, CauseVariant, CauseWithVariants } from './causes-catalog';
