import type { GuideUiTexts } from './guide-ui';
import type { DeepPartial } from './interpolate';

/** Only the texts that speak to the owner; everything else falls back to the formal Dutch. */
export const guideUiNlInformal: DeepPartial<GuideUiTexts> = {
  steps: {
    communicate: { name: 'Communiceren', title: 'Informeer je team en je klanten' },
    learn: { name: 'Leren', title: 'Schrijf op wat je hebt geleerd' },
  },
  recovered: {
    body: 'Het antwoordt sinds {time} weer normaal. Wat nog rest: controleer of alles werkt (Controleren) en schrijf op wat je hebt geleerd (Leren).',
    solvedLater:
      'Als het 10 minuten blijft werken, zet Back Online het probleem zelf op „Opgelost”. Je kunt het ook zelf als opgelost markeren bij Controleren.',
  },
  resolved: {
    body: 'Opgelost om {time}. Wat nog rest: schrijf op wat je hebt geleerd, zodat het de volgende keer sneller gaat.',
  },
  identify: {
    internetWorks: 'Je eigen internet werkt, dus het probleem ligt niet bij jou.',
    internetDown: 'Je eigen internetverbinding is weg: begin bij je router.',
    systemStatus: 'De systeemstatus: wat van jou werkt en wat niet.',
    logs: 'Wat er misging: wat Back Online vond, staat hierboven. Je hostingpaneel laat misschien meer zien.',
    noPanel:
      'Voeg je hostingbedrijf met het adres van het paneel toe bij Instellingen, dan opent het vanaf hier.',
    askTeam:
      'Vraag je team of er vandaag iets is veranderd: een update, een nieuwe plug-in, een betaling, een verhuizing.',
  },
  communicate: {
    intro: 'Eerst je team, dan je klanten, dan sociale media. Elk bericht is al voor je geschreven.',
    nextUpdate: 'Volgende update aan je klanten om {time}.',
    updateDue: 'Het is tijd voor een update aan je klanten.',
  },
  fix: {
    outcome: { tried: 'Je deed dit om {time}.' },
    contactsHeading: 'Wie je belt',
    noContact: 'Je hebt {role} nog niet toegevoegd.',
    requestIntro: 'Alle technische feiten zijn ingevuld. Kopieer het, of open het in je e-mailprogramma.',
    openMail: 'Openen in je e-mailprogramma',
    mailApp: 'je e-mailapp',
    restartIntro: 'Back Online kan het voor je herstarten met de opdracht uit je configuratiebestand.',
  },
  verify: {
    resolveNeedsPass: 'Als elke controle werkt, kun je het probleem als opgelost markeren.',
  },
  learn: {
    toImprove: 'Wat zou je de volgende keer beter doen?',
    fileSaved: 'Opgeslagen als {name}, bij je downloads.',
  },
};
