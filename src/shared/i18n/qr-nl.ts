import type { QrTexts } from './qr';

export const qrNl: QrTexts = {
  show: 'Naar telefoon sturen',
  hide: 'Code verbergen',
  codeLabel: 'QR-code: {what} voor {business}',
  codeLabelPlain: 'QR-code: {what}',
  scanAppLink:
    'Richt de camera van uw telefoon op de code en tik op de link die verschijnt. {network} opent met het bericht al ingevuld: lees het nog één keer en plaats het.',
  scanPlainText:
    'Richt de camera van uw telefoon op de code en kopieer de tekst die verschijnt. Open daarna {network} op uw telefoon en plak de tekst.',
  scanLinkOnly:
    'Dit bericht is te lang voor een code die uw telefoon kan lezen, dus de code bevat alleen de link. Kopieer de volledige tekst hier op deze computer, of maak het bericht korter.',
  scanShortened:
    'Deze e-mail is te lang voor een code die uw telefoon kan lezen, dus de code opent hem met alleen de eerste regels. Verstuur de volledige e-mail als het kan vanaf deze computer.',
  tooLong:
    'Dit bericht is te lang voor een code die uw telefoon kan lezen. Kopieer het hier op deze computer, of maak het korter en probeer het opnieuw.',
  markSent: 'Ik heb het vanaf mijn telefoon geplaatst',
  markedSent: 'Genoteerd: verstuurd vanaf uw telefoon. U ziet het in de tijdlijn.',
};
