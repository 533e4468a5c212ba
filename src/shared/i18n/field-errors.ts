import type { TargetParseError } from '../target';
import type { CatalogSet } from './interpolate';
import { fieldErrorsEn } from './field-errors-en';
import { fieldErrorsNl } from './field-errors-nl';

/**
 * Words for what is wrong with one field an owner filled in. zod reports issues as codes with limits;
 * `describeFieldIssue` turns each into one of these, filled with the limit, never showing the code.
 */
export interface FieldErrorTexts {
  required: string;
  textTooLong: string;
  numberTooSmall: string;
  numberTooBig: string;
  notANumber: string;
  notAWholeNumber: string;
  listTooLong: string;
  listEmpty: string;
  email: string;
  httpsUrl: string;
  timeOfDay: string;
  choice: string;
  unknownFields: string;
  statusCodes: string;
  restartLocalOnly: string;
  unknownPlaceholder: string;
  duplicate: string;
  /** Anything not listed: still words, and still what to do. */
  other: string;
  target: Record<TargetParseError, string>;
}

export const fieldErrorTexts: CatalogSet<FieldErrorTexts> = {
  en: fieldErrorsEn,
  nl: fieldErrorsNl,
  nlInformal: {
    target: {
      target_empty: 'Typ wat Back Online moet controleren, zoals je website: bakkerijdezon.nl.',
    },
  },
};
