import type { CatalogSet } from './interpolate';

/** Texts of `back-online incidents`: the recorded incidents, newest first, each with its timeline. */
export interface IncidentsTexts {
  summary: string;
  usage: string;
  description: string;
  optionsHeading: string;
  options: { json: string; all: string };
  helpHint: string;
  none: string;
  /** `{start}` and `{end}` are dates with times, `{phase}` a phase name from the timeline texts. */
  heading: string;
  headingResolved: string;
  cause: string;
  affects: string;
  limited: string;
}

const en: IncidentsTexts = {
  summary: 'list the incidents with what happened when',
  usage: 'back-online incidents [options]',
  description:
    'Lists the incidents Back Online recorded, newest first, each with its timeline. It only reads the history, so it also works while Back Online is running.',
  optionsHeading: 'Options:',
  options: {
    json: 'print the incidents as JSON',
    all: 'list every incident (default: the newest {limit})',
  },
  helpHint: 'Run "back-online incidents --help" for all options.',
  none: 'No incidents recorded yet.',
  heading: '{start} · {phase}',
  headingResolved: '{start} – {end} · {phase}',
  cause: '{group}: {cause}',
  affects: 'Affects: {names}',
  limited: 'These are the newest {count} incidents. Run with --all to see every one.',
};

const nl: IncidentsTexts = {
  summary: 'de incidenten tonen met wat er wanneer gebeurde',
  usage: 'back-online incidents [opties]',
  description:
    'Toont de incidenten die Back Online heeft vastgelegd, de nieuwste eerst, elk met zijn tijdlijn. Het leest alleen de geschiedenis, dus het werkt ook terwijl Back Online draait.',
  optionsHeading: 'Opties:',
  options: {
    json: 'de incidenten als JSON tonen',
    all: 'alle incidenten tonen (standaard: de nieuwste {limit})',
  },
  helpHint: 'Voer "back-online incidents --help" uit voor alle opties.',
  none: 'Nog geen incidenten vastgelegd.',
  heading: '{start} · {phase}',
  headingResolved: '{start} – {end} · {phase}',
  cause: '{group}: {cause}',
  affects: 'Betreft: {names}',
  limited: 'Dit zijn de nieuwste {count} incidenten. Voeg --all toe om ze allemaal te zien.',
};

export const incidentsCatalogs: CatalogSet<IncidentsTexts> = { en, nl, nlInformal: {} };
