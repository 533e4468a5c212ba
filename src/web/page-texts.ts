import type { CatalogSet } from '../shared/i18n/interpolate';

/** The few plain pages the server itself answers with, before the app can speak for itself. */
export interface ServerPageTexts {
  title: string;
  needsLink: string;
  wrongAddress: string;
  notFound: string;
  notAllowed: string;
  failed: string;
}

export const serverPageTexts: CatalogSet<ServerPageTexts> = {
  en: {
    title: 'Back Online',
    needsLink:
      'This page needs the link that Back Online printed when it started. Copy the whole link from the terminal.',
    wrongAddress:
      'This address cannot be used. Open the link that Back Online printed when it started; it begins with http://127.0.0.1.',
    notFound: 'This page does not exist. Open the link that Back Online printed when it started.',
    notAllowed: 'This kind of request is not allowed here.',
    failed: 'Something went wrong while loading this page. Reload the page to try again.',
  },
  nl: {
    title: 'Back Online',
    needsLink:
      'Deze pagina heeft de link nodig die Back Online bij het starten liet zien. Kopieer de hele link uit de terminal.',
    wrongAddress:
      'Dit adres kan niet worden gebruikt. Open de link die Back Online bij het starten liet zien; die begint met http://127.0.0.1.',
    notFound: 'Deze pagina bestaat niet. Open de link die Back Online bij het starten liet zien.',
    notAllowed: 'Dit soort verzoek is hier niet toegestaan.',
    failed:
      'Er ging iets mis bij het laden van deze pagina. Laad de pagina opnieuw om het nog eens te proberen.',
  },
  nlInformal: {},
};
