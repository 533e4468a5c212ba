import type { DeepPartial } from './interpolate';
import type { ComposerTexts } from './composer';

/** Only the texts that speak to the owner; the rest is the formal Dutch. */
export const composerNlInformal: DeepPartial<ComposerTexts> = {
  intro:
    'Eerst je team, dan je klanten, dan sociale media. Kies voor wie het is, controleer de tekst en kopieer hem: hij is al voor je geschreven.',
  audiences: { team: 'Je team' },
  networks: { email: 'je e-mailprogramma' },
  textHint: 'Je kunt de tekst aanpassen voordat je hem kopieert.',
  expectedHint: 'Bijvoorbeeld "16:00" of "morgenochtend". Laat leeg als je het niet weet.',
  counterOver: '{count} van {limit} tekens: {over} te veel. Maak de tekst korter voordat je hem plaatst.',
  missingNext: 'Typ het zelf in de tekst, of vul het in bij je bedrijfsgegevens in Instellingen.',
  savedOwn: 'Bewaard. Dit is nu je eigen tekst voor dit bericht.',
  ownInUse: 'Voor dit bericht wordt je eigen tekst gebruikt.',
  updateDue: {
    body: 'Je laatste bericht aan klanten ging om {time} de deur uit. Hier is een update, al geschreven:',
    bodyFirst: 'Je klanten hebben nog niets van je gehoord. Hier is een eerste bericht, al geschreven:',
  },
  resolvedOffer: {
    body: 'Je hebt mensen via deze kanalen op de hoogte gehouden. Hier is voor elk het bericht "opgelost":',
  },
};
