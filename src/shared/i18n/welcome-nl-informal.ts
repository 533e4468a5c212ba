import type { DeepPartial } from './interpolate';
import type { WelcomeTexts } from './welcome';

export const welcomeNlInformal: DeepPartial<WelcomeTexts> = {
  intro:
    'Typ je website en Back Online begint hem te controleren. Je hoort het meteen als hij niet meer werkt.',
  businessName: 'Naam van je bedrijf',
  businessNameHint: 'Voor de berichten aan je klanten. Je mag dit leeg laten.',
  website: 'Je website',
  languageIntro: 'In deze taal spreekt Back Online je aan en schrijft het voor je klanten.',
  tone: 'Hoe spreekt Back Online je aan in het Nederlands?',
  localHeading: 'Andere dingen waar je bedrijf op draait (mag je overslaan)',
  localIntro:
    'Een pinautomaat, bonprinter of kassa in je netwerk kan ook gecontroleerd worden. Je kunt dit ook later toevoegen bij Instellingen.',
  contactsHeading: 'Wie je helpt als er iets kapotgaat (mag je overslaan)',
  saveFailed: 'Back Online kon dit niet bewaren. Probeer het opnieuw; wat je typte blijft staan.',
  preview: { busy: 'Back Online is bezig met andere controles. Het probeert het opnieuw als je typt.' },
};
