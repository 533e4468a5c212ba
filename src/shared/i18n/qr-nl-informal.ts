import type { DeepPartial } from './interpolate';
import type { QrTexts } from './qr';

export const qrNlInformal: DeepPartial<QrTexts> = {
  scanAppLink:
    'Richt de camera van je telefoon op de code en tik op de link die verschijnt. {network} opent met het bericht al ingevuld: lees het nog één keer en plaats het.',
  scanPlainText:
    'Richt de camera van je telefoon op de code en kopieer de tekst die verschijnt. Open daarna {network} op je telefoon en plak de tekst.',
  scanLinkOnly:
    'Dit bericht is te lang voor een code die je telefoon kan lezen, dus de code bevat alleen de link. Kopieer de volledige tekst hier op deze computer, of maak het bericht korter.',
  scanShortened:
    'Deze e-mail is te lang voor een code die je telefoon kan lezen, dus de code opent hem met alleen de eerste regels. Verstuur de volledige e-mail als het kan vanaf deze computer.',
  tooLong:
    'Dit bericht is te lang voor een code die je telefoon kan lezen. Kopieer het hier op deze computer, of maak het korter en probeer het opnieuw.',
  markedSent: 'Genoteerd: verstuurd vanaf je telefoon. Je ziet het in de tijdlijn.',
};
