import type { HistoryRange } from '../api-contract';
import type { CatalogSet } from './interpolate';

export interface HistoryScreenTexts {
  heading: string;
  range: string;
  ranges: Record<HistoryRange, string>;
  monitorsHeading: string;
  responseHeading: string;
  uptimeHeading: string;
  loading: string;
  incidentsHeading: string;
  noIncidents: string;
  meanRecovery: string;
  started: string;
  cause: string;
  duration: string;
  ongoing: string;
  open: string;
  minutes: string;
  hours: string;
}

const en: HistoryScreenTexts = {
  heading: 'History',
  range: 'Period',
  ranges: { '24h': '24 hours', '7d': '7 days', '30d': '30 days', '90d': '90 days' },
  monitorsHeading: 'How each check did',
  responseHeading: 'Response time',
  uptimeHeading: 'Up or down',
  loading: 'Loading…',
  incidentsHeading: 'Every problem so far',
  noIncidents: 'No problems recorded yet.',
  meanRecovery: 'On average, your business was back online after {duration}.',
  started: 'Started',
  cause: 'What was wrong',
  duration: 'How long',
  ongoing: 'still going on',
  open: 'Open',
  minutes: '{count} min',
  hours: '{count} h {minutes} min',
};

const nl: HistoryScreenTexts = {
  heading: 'Geschiedenis',
  range: 'Periode',
  ranges: { '24h': '24 uur', '7d': '7 dagen', '30d': '30 dagen', '90d': '90 dagen' },
  monitorsHeading: 'Hoe elke controle het deed',
  responseHeading: 'Reactietijd',
  uptimeHeading: 'Bereikbaar of niet',
  loading: 'Bezig met laden…',
  incidentsHeading: 'Alle storingen tot nu toe',
  noIncidents: 'Nog geen storingen vastgelegd.',
  meanRecovery: 'Gemiddeld was uw bedrijf na {duration} weer online.',
  started: 'Begonnen',
  cause: 'Wat er mis was',
  duration: 'Hoe lang',
  ongoing: 'duurt nog',
  open: 'Openen',
  minutes: '{count} min',
  hours: '{count} u {minutes} min',
};

export const historyScreenTexts: CatalogSet<HistoryScreenTexts> = {
  en,
  nl,
  nlInformal: { meanRecovery: 'Gemiddeld was je bedrijf na {duration} weer online.' },
};
