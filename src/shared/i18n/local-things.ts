import type { CatalogSet } from './interpolate';

/** The welcome's list of programs and services running on this computer, to watch the ones that matter. */
export interface LocalThingsTexts {
  heading: string;
  intro: string;
  show: string;
  loading: string;
  filter: string;
  filterHint: string;
  programs: string;
  services: string;
  none: string;
  cannotTell: string;
  more: string;
  chosen: string;
}

export const localThingsTexts: CatalogSet<LocalThingsTexts> = {
  en: {
    heading: 'Programs on this computer (optional)',
    intro:
      'Does your business run a program on this computer, such as the till software or a database? Pick it and Back Online tells you when it stops.',
    show: 'Show what runs on this computer',
    loading: 'Looking at what runs on this computer…',
    filter: 'Find by name',
    filterHint: 'Type part of the name, e.g. kassa or sql.',
    programs: 'Programs',
    services: 'Services',
    none: 'Nothing running has that name.',
    cannotTell: 'This computer does not tell Back Online what runs on it. You can skip this.',
    more: '{count} more. Type part of a name to find them.',
    chosen: 'Watched from the start: {names}',
  },
  nl: {
    heading: 'Programma’s op deze computer (mag u overslaan)',
    intro:
      'Draait uw bedrijf een programma op deze computer, zoals de kassasoftware of een database? Kies het en Back Online laat het u weten als het stopt.',
    show: 'Laat zien wat er op deze computer draait',
    loading: 'Bezig met kijken wat er op deze computer draait…',
    filter: 'Zoeken op naam',
    filterHint: 'Typ een deel van de naam, bijvoorbeeld kassa of sql.',
    programs: 'Programma’s',
    services: 'Diensten',
    none: 'Niets dat draait heeft die naam.',
    cannotTell: 'Deze computer vertelt Back Online niet wat erop draait. U kunt dit overslaan.',
    more: 'Nog {count}. Typ een deel van een naam om ze te vinden.',
    chosen: 'Wordt meteen gecontroleerd: {names}',
  },
  nlInformal: {
    heading: 'Programma’s op deze computer (mag je overslaan)',
    intro:
      'Draait je bedrijf een programma op deze computer, zoals de kassasoftware of een database? Kies het en Back Online laat het je weten als het stopt.',
    cannotTell: 'Deze computer vertelt Back Online niet wat erop draait. Je kunt dit overslaan.',
  },
};
