import type { CauseCode } from '../../cause-codes';
import type { CheckDetails } from '../../check-result';
import type { DiagnosisContactRole } from '../../diagnosis';
import { contactRoleFor } from '../../diagnosis';
import type { CatalogSet } from '../../i18n/interpolate';
import { interpolate, pickCatalog } from '../../i18n/interpolate';
import type { Locale } from '../../locale';
import { isLoopbackOrPrivateHost } from '../../target';
import { guideTextCatalogs } from '../guide-texts';
import { fixStepIdsFor } from './cause-fix-steps';
import { fixStepsEn } from './en';
import type { FixStepId } from './fix-step-ids';
import type { FixStepCatalog } from './fix-step-texts';
import { fixStepsNl } from './nl';
import { fixStepsNlInformal } from './nl-informal';

export { CAUSE_FIX_STEPS } from './cause-fix-steps';
export { FIX_STEP_IDS } from './fix-step-ids';
export type { FixStepId } from './fix-step-ids';

export const fixStepCatalogs: CatalogSet<FixStepCatalog> = {
  en: fixStepsEn,
  nl: fixStepsNl,
  nlInformal: fixStepsNlInformal,
};

export interface FixGuideStep {
  id: FixStepId;
  title: string;
  how: string[];
}

export interface FixGuide {
  cause: CauseCode;
  /** Who the `call_contact` step means; null when nobody needs calling. */
  contactRole: DiagnosisContactRole | null;
  steps: FixGuideStep[];
}

/** The name a check is about, as the fix steps say it: a host, a program, a service or a disk. */
export function checkedSubject(details: CheckDetails): string {
  for (const key of ['host', 'name', 'processName', 'serviceName', 'mount', 'target']) {
    const value = details[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return '';
}

/** The step-by-step fix for a diagnosed cause, in the owner's language, filled with the check's facts. */
export function fixGuide(cause: CauseCode, details: CheckDetails, locale: Locale): FixGuide {
  const subject = checkedSubject(details);
  const contactRole = contactRoleFor(cause, details);
  const texts = pickCatalog(guideTextCatalogs, locale);
  const params = { host: subject, who: texts.contactRoles[contactRole ?? 'it_partner'] };
  const catalog = pickCatalog(fixStepCatalogs, locale);
  const onOwnNetwork = subject !== '' && isLoopbackOrPrivateHost(subject);
  return {
    cause,
    contactRole,
    steps: fixStepIdsFor(cause, onOwnNetwork).map((id) => ({
      id,
      title: interpolate(catalog[id].title, params),
      how: catalog[id].how.map((line) => interpolate(line, params)),
    })),
  };
}

/** A fix step's title alone, as the timeline and the review name it. */
export function fixStepTitle(id: FixStepId, details: CheckDetails, locale: Locale, cause: CauseCode): string {
  const texts = pickCatalog(guideTextCatalogs, locale);
  const who = texts.contactRoles[contactRoleFor(cause, details) ?? 'it_partner'];
  return interpolate(pickCatalog(fixStepCatalogs, locale)[id].title, { host: checkedSubject(details), who });
}
