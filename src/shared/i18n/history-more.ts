import type { CatalogSet } from './interpolate';

/** The history screen's second look: when customers heard, and each check's uptime month by month. */
export interface HistoryMoreTexts {
  firstMessage: string;
  notTold: string;
  meanFirstMessage: string;
  monthlyHeading: string;
  monthlyNone: string;
}

export const historyMoreTexts: CatalogSet<HistoryMoreTexts> = {
  en: {
    firstMessage: 'Customers told after',
    notTold: 'not told',
    meanFirstMessage:
      'On average your customers heard from you {duration} after a problem started. Within 5 minutes keeps them patient.',
    monthlyHeading: 'Up per month',
    monthlyNone: 'No month measured yet.',
  },
  nl: {
    firstMessage: 'Klanten ingelicht na',
    notTold: 'niet ingelicht',
    meanFirstMessage:
      'Gemiddeld hoorden uw klanten {duration} na het begin van een storing van u. Binnen 5 minuten houdt hen geduldig.',
    monthlyHeading: 'Bereikbaar per maand',
    monthlyNone: 'Nog geen maand gemeten.',
  },
  nlInformal: {
    meanFirstMessage:
      'Gemiddeld hoorden je klanten {duration} na het begin van een storing van je. Binnen 5 minuten houdt hen geduldig.',
  },
};
