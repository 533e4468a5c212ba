import type { CatalogSet } from '../shared/i18n/interpolate';
import { uiEn } from '../shared/i18n/ui-en';
import { uiNl } from '../shared/i18n/ui-nl';

/**
 * The few plain pages the server itself answers with, before the app can speak for itself. A page refused
 * for want of its token says what the window says in the same case.
 */
export interface ServerPageTexts {
  title: string;
  needsLink: string;
  wrongAddress: string;
  notFound: string;
  notAllowed: string;
  badRequest: string;
  failed: string;
}

export const serverPageTexts: CatalogSet<ServerPageTexts> = {
  en: {
    title: uiEn.appName,
    needsLink: uiEn.connection.refused,
    wrongAddress:
      'This address cannot be used. Open the link that Back Online printed when it started; it begins with http://127.0.0.1.',
    notFound: 'This page does not exist. Open the link that Back Online printed when it started.',
    notAllowed: 'This kind of request is not allowed here.',
    badRequest: 'This address cannot be read. Open the link that Back Online printed when it started.',
    failed: 'Something went wrong while loading this page. Reload the page to try again.',
  },
  nl: {
    title: uiNl.appName,
    needsLink: uiNl.connection.refused,
    wrongAddress:
      'Dit adres kan niet worden gebruikt. Open de link die Back Online bij het starten liet zien; die begint met http://127.0.0.1.',
    notFound: 'Deze pagina bestaat niet. Open de link die Back Online bij het starten liet zien.',
    notAllowed: 'Dit soort verzoek is hier niet toegestaan.',
    badRequest: 'Dit adres kan niet worden gelezen. Open de link die Back Online bij het starten liet zien.',
    failed:
      'Er ging iets mis bij het laden van deze pagina. Laad de pagina opnieuw om het nog eens te proberen.',
  },
  nlInformal: {},
};
