import type { CatalogSet } from './interpolate';

/** What the owner is told when the window's page crashed and main opened it again. */
export interface CrashNoticeTexts {
  windowReloaded: { title: string; body: string };
}

export const crashNoticeCatalogs: CatalogSet<CrashNoticeTexts> = {
  en: {
    windowReloaded: {
      title: 'The Back Online window was reopened',
      body: 'The window stopped unexpectedly and was opened again. Monitoring carried on and nothing was lost. If this keeps happening, send the log to whoever supports Back Online for you.',
    },
  },
  nl: {
    windowReloaded: {
      title: 'Het venster van Back Online is opnieuw geopend',
      body: 'Het venster stopte onverwacht en is opnieuw geopend. De controles liepen gewoon door en er is niets verloren gegaan. Gebeurt dit vaker, stuur dan het logbestand naar wie Back Online voor u ondersteunt.',
    },
  },
  nlInformal: {
    windowReloaded: {
      body: 'Het venster stopte onverwacht en is opnieuw geopend. De controles liepen gewoon door en er is niets verloren gegaan. Gebeurt dit vaker, stuur dan het logbestand naar wie Back Online voor je ondersteunt.',
    },
  },
};
