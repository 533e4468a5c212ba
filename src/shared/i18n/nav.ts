import type { CatalogSet } from './interpolate';

/** The window's main sections, named as the header's navigation shows them. */
export interface NavTexts {
  label: string;
  overview: string;
  history: string;
  settings: string;
}

export const navTexts: CatalogSet<NavTexts> = {
  en: { label: 'Sections', overview: 'Overview', history: 'History', settings: 'Settings' },
  nl: { label: 'Onderdelen', overview: 'Overzicht', history: 'Geschiedenis', settings: 'Instellingen' },
  nlInformal: {},
};
