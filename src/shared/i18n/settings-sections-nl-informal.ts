import type { DeepPartial } from './interpolate';
import type { SettingsSectionsTexts } from './settings-sections';

export const settingsSectionsNlInformal: DeepPartial<SettingsSectionsTexts> = {
  contacts: {
    heading: 'Wie je helpt',
    intro:
      'Als er iets kapotgaat, laat de herstelgids zien wie je belt en schrijft hij het verzoek om hulp aan hen.',
    none: 'Nog niemand. Voeg eerst je hostingbedrijf toe: die bel je het vaakst.',
    confirmDelete: '"{name}" uit je contacten verwijderen?',
    fields: {
      notes: { label: 'Notities (mag leeg)', hint: 'Bijvoorbeeld je klantnummer, of "vraag naar Anna".' },
    },
  },
  notifications: {
    intro:
      'Back Online waarschuwt je met een melding op je scherm. Het pictogram in de systeembalk laat altijd zien hoe het gaat.',
    kinds: { update_due: 'het tijd is om je klanten bij te praten' },
  },
  maintenance: {
    intro:
      'Tijdens deze uren controleert en waarschuwt Back Online niet, bijvoorbeeld als je hostingbedrijf wekelijks onderhoud doet.',
  },
  computer: {
    startAtLoginHint:
      'Zo controleert het vanaf het moment dat je computer aan staat. Het start stil in de systeembalk.',
    openDataFolderHint:
      'Waar Back Online zijn geschiedenis en instellingen bewaart, voor een reservekopie of je IT-partner.',
    openLogHint: 'Wat Back Online deed en zag, voor je IT-partner als er iets niet lijkt te kloppen.',
    openFailed: 'Back Online kon dit niet openen. Je IT-partner vindt het in de gegevensmap.',
  },
  history: {
    intro:
      'Wis de metingen en de opgeloste problemen, bijvoorbeeld voordat je deze computer weggeeft. Een probleem dat nog open is, blijft.',
    confirm:
      'Alle metingen en elk opgelost probleem wissen? Dit kan niet ongedaan worden. Open problemen en je instellingen blijven.',
    deleted: 'De geschiedenis is gewist. Open problemen en je instellingen zijn bewaard.',
  },
  messages: {
    intro: 'Zolang een probleem duurt, herinnert Back Online je eraan je klanten bij te praten.',
    descriptionsHeading: 'Hoe je klanten de oorzaak horen',
    descriptionsIntro:
      'Berichten aan klanten noemen de oorzaak in een paar eenvoudige woorden. Schrijf hier je eigen woorden, of laat een veld leeg voor die van Back Online.',
    groups: {
      internet: 'Als je eigen internet eruit ligt',
      local_system: 'Als een programma of apparaat in je bedrijf stopt',
    },
    cadenceHint:
      'Tussen 5 en 240. Klanten die langer niets horen, gaan zich zorgen maken; 30 is gebruikelijk.',
  },
};
