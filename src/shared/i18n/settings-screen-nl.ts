import type { SettingsScreenTexts } from './settings-screen';

export const settingsScreenNl: SettingsScreenTexts = {
  heading: 'Instellingen',
  monitors: {
    heading: 'Wat Back Online controleert',
    none: 'Nog niets. Voeg hieronder uw website toe.',
    add: 'Iets toevoegen om te controleren',
    edit: 'Wijzigen',
    pause: 'Pauzeren',
    resume: 'Weer controleren',
    delete: 'Verwijderen',
    confirmDelete: '"{name}" verwijderen? De metingen gaan ook weg. Storingen blijven in de geschiedenis.',
    confirmDeleteYes: 'Ja, verwijderen',
    cancel: 'Annuleren',
    save: 'Bewaren',
    saving: 'Bezig met bewaren…',
    formAddHeading: 'Iets toevoegen om te controleren',
    formEditHeading: '"{name}" wijzigen',
    paused: 'Gepauzeerd: wordt niet gecontroleerd tot u het weer aanzet.',
    fields: {
      name: { label: 'Naam', hint: 'Hoe u het noemt, bijvoorbeeld Webwinkel of Pinautomaat.' },
      publicName: {
        label: 'Naam voor uw klanten (mag leeg)',
        hint: 'Voor berichten aan klanten, bijvoorbeeld "onze webwinkel".',
      },
      target: {
        label: 'Adres',
        hint: 'Een website (bakkerijdezon.nl) of een apparaat met zijn poort (192.168.1.20:9100).',
      },
      intervalSeconds: { label: 'Controleren elke … seconden (mag leeg)', hint: 'Leeg: elke 60 seconden.' },
      timeoutSeconds: { label: 'Opgeven na … seconden (mag leeg)', hint: 'Leeg: 10 seconden.' },
      keyword: {
        label: 'Tekst die op de pagina moet staan (mag leeg)',
        hint: 'Bijvoorbeeld "In winkelmand".',
      },
      keywordAbsent: {
        label: 'Tekst die niet op de pagina mag staan (mag leeg)',
        hint: 'Bijvoorbeeld "Buiten gebruik".',
      },
      slowThresholdMs: {
        label: 'Te traag boven … milliseconden (mag leeg)',
        hint: 'Leeg: 3000 (3 seconden).',
      },
      tlsWarnDays: {
        label: 'Waarschuwen … dagen voordat het certificaat verloopt (mag leeg)',
        hint: 'Leeg: 14 dagen.',
      },
      expectedStatus: {
        label: 'Verwachte antwoordcodes (mag leeg)',
        hint: 'Bijvoorbeeld 200, 301. Leeg: elk normaal antwoord.',
      },
    },
  },
  business: {
    heading: 'Uw bedrijf',
    name: 'Naam van uw bedrijf',
    website: 'Uw website',
    email: 'E-mailadres voor klanten',
    phone: 'Telefoonnummer voor klanten',
    followUpdatesAt: 'Waar klanten het nieuws volgen (mag leeg)',
    followUpdatesAtHint: 'Een statuspagina of sociaal account, bijvoorbeeld instagram.com/bakkerijdezon.',
    workaround: 'Wat klanten intussen kunnen doen (mag leeg)',
    workaroundHint: 'Bijvoorbeeld "Bestel telefonisch via 010-123 45 67".',
  },
  language: { heading: 'Taal en aanspreekvorm' },
  saved: 'Bewaard.',
  saveFailed: 'Back Online kon dit niet bewaren. Kijk de rood gemarkeerde velden na en bewaar opnieuw.',
  data: {
    heading: 'Uw gegevens',
    export: 'Instellingen bewaren in een bestand',
    exportHint:
      'Een JSON-bestand met uw instellingen en alles wat Back Online controleert, om te bewaren of mee te nemen naar een andere computer.',
    import: 'Instellingen laden uit een bestand',
    importHint: 'Back Online laat zien wat er zou veranderen voordat er iets verandert.',
    previewHeading: 'Dit bestand zou veranderen:',
    previewNothing: 'Dit bestand bevat precies uw huidige instellingen. Er zou niets veranderen.',
    previewAddMonitors: 'Gaan controleren: {names}',
    previewChangeMonitors: 'Wijzigen: {names}',
    previewRemoveMonitors: 'Niet meer controleren (met hun metingen): {names}',
    previewSettings: 'Deze instellingen wijzigen: {names}',
    apply: 'Deze wijzigingen doorvoeren',
    applied: 'De instellingen uit het bestand zijn nu in gebruik.',
    refused: {
      too_large:
        'Dit bestand is groter dan 1 MB, veel te groot voor instellingen van Back Online. Er is niets veranderd.',
      not_json: 'Dit is geen instellingenbestand van Back Online (het is geen JSON). Er is niets veranderd.',
      not_back_online: 'Dit bestand is niet door Back Online gemaakt. Er is niets veranderd.',
      invalid: 'Dit bestand bevat een fout bij "{field}": {problem} Er is niets veranderd.',
    },
  },
};
