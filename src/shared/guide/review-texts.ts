import type { CatalogSet } from '../i18n/interpolate';

/** The review as Markdown: headings, fact labels and the plan's three questions. */
export interface ReviewTexts {
  title: string;
  facts: {
    affected: string;
    cause: string;
    detected: string;
    firstMessage: string;
    firstCustomerMessage: string;
    verified: string;
    resolved: string;
    totalDuration: string;
  };
  /** `{time}` and `{duration}` after detection. */
  atAfter: string;
  notYet: string;
  noMessage: string;
  timelineHeading: string;
  triedHeading: string;
  nothingTried: string;
  questions: { whatCaused: string; wentWell: string; toImprove: string };
  noAnswer: string;
  actionItemsHeading: string;
  noActionItems: string;
}

const en: ReviewTexts = {
  title: 'Incident review: {name}',
  facts: {
    affected: 'Affected',
    cause: 'Cause',
    detected: 'Detected',
    firstMessage: 'First message',
    firstCustomerMessage: 'First message to customers',
    verified: 'Verified',
    resolved: 'Resolved',
    totalDuration: 'Total duration',
  },
  atAfter: '{time} ({duration} after detection)',
  notYet: 'not yet',
  noMessage: 'none sent',
  timelineHeading: 'Timeline',
  triedHeading: 'What we tried',
  nothingTried: 'Nothing was tried.',
  questions: {
    whatCaused: 'What caused it?',
    wentWell: 'What went well?',
    toImprove: 'What can we improve?',
  },
  noAnswer: '(not answered)',
  actionItemsHeading: 'Action items',
  noActionItems: 'None.',
};

const nl: ReviewTexts = {
  title: 'Terugblik op het incident: {name}',
  facts: {
    affected: 'Getroffen',
    cause: 'Oorzaak',
    detected: 'Ontdekt',
    firstMessage: 'Eerste bericht',
    firstCustomerMessage: 'Eerste bericht aan klanten',
    verified: 'Gecontroleerd',
    resolved: 'Opgelost',
    totalDuration: 'Totale duur',
  },
  atAfter: '{time} ({duration} na het ontdekken)',
  notYet: 'nog niet',
  noMessage: 'geen verstuurd',
  timelineHeading: 'Tijdlijn',
  triedHeading: 'Wat we hebben geprobeerd',
  nothingTried: 'Er is niets geprobeerd.',
  questions: {
    whatCaused: 'Wat was de oorzaak?',
    wentWell: 'Wat ging er goed?',
    toImprove: 'Wat kunnen we beter doen?',
  },
  noAnswer: '(niet ingevuld)',
  actionItemsHeading: 'Actiepunten',
  noActionItems: 'Geen.',
};

/** The review speaks of "we", so informal Dutch needs nothing of its own. */
export const reviewCatalogs: CatalogSet<ReviewTexts> = { en, nl, nlInformal: {} };
