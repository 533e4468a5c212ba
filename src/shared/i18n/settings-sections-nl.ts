import type { SettingsSectionsTexts } from './settings-sections';

export const settingsSectionsNl: SettingsSectionsTexts = {
  contacts: {
    heading: 'Wie u helpt',
    intro:
      'Als er iets kapotgaat, laat de herstelgids zien wie u belt en schrijft hij het verzoek om hulp aan hen.',
    none: 'Nog niemand. Voeg eerst uw hostingbedrijf toe: die belt u het vaakst.',
    add: 'Contact toevoegen',
    edit: 'Wijzigen',
    delete: 'Verwijderen',
    confirmDelete: '"{name}" uit uw contacten verwijderen?',
    confirmDeleteYes: 'Ja, verwijderen',
    cancel: 'Annuleren',
    save: 'Contact bewaren',
    formAddHeading: 'Contact toevoegen',
    formEditHeading: '"{name}" wijzigen',
    role: 'Wie is dit?',
    fields: {
      name: { label: 'Naam', hint: 'Een bedrijf of persoon, bijvoorbeeld Hostnet of Piet van IT.' },
      phone: { label: 'Telefoon (mag leeg)', hint: 'Het nummer om te bellen als het dringend is.' },
      email: { label: 'E-mail (mag leeg)', hint: 'Het verzoek om hulp wordt hieraan gericht.' },
      url: {
        label: 'Supportpagina (mag leeg)',
        hint: 'Bijvoorbeeld hostnet.nl/support. Te openen vanuit de gids.',
      },
      notes: {
        label: 'Notities (mag leeg)',
        hint: 'Bijvoorbeeld uw klantnummer, of "vraag naar Anna".',
      },
    },
  },
  notifications: {
    heading: 'Meldingen',
    intro:
      'Back Online waarschuwt u met een melding op uw scherm. Het pictogram in de systeembalk laat altijd zien hoe het gaat.',
    enabled: 'Meldingen tonen',
    kindsLegend: 'Waarschuw mij als',
    kinds: {
      down: 'iets niet meer werkt',
      recovered: 'het weer werkt',
      certificate_expiring: 'een certificaat bijna verloopt',
      update_due: 'het tijd is om uw klanten bij te praten',
    },
    quietHours: 'Stille uren: geen meldingen in de nacht',
    quietHoursHint:
      'Tijdens de stille uren verschijnt er niets; het pictogram in de systeembalk toont een probleem wel.',
    quietStart: 'Stil vanaf',
    quietEnd: 'Tot',
    timeHint: 'Een tijd zoals 22:00.',
    save: 'Meldingen bewaren',
  },
  maintenance: {
    heading: 'Gepland onderhoud',
    intro:
      'Tijdens deze uren controleert en waarschuwt Back Online niet, bijvoorbeeld als uw hostingbedrijf wekelijks onderhoud doet.',
    none: 'Geen gepland onderhoud.',
    add: 'Gepland onderhoud toevoegen',
    delete: 'Verwijderen',
    save: 'Onderhoud bewaren',
    cancel: 'Annuleren',
    days: 'Op welke dagen begint het?',
    daysHint: 'Kies er geen voor elke dag.',
    everyDay: 'Elke dag',
    start: 'Van',
    end: 'Tot',
    timeHint: 'Een tijd zoals 02:00. Een einde voor het begin loopt door na middernacht.',
    monitors: 'Waarvoor?',
    monitorsHint: 'Kies er geen voor alles wat Back Online controleert.',
    allMonitors: 'alles',
    summary: '{days}, {start}–{end}: {monitors}',
    dayNames: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  },
  computer: {
    heading: 'Deze computer',
    startAtLogin: 'Back Online starten als ik inlog',
    startAtLoginHint:
      'Zo controleert het vanaf het moment dat uw computer aan staat. Het start stil in de systeembalk.',
    openDataFolder: 'De gegevensmap openen',
    openDataFolderHint:
      'Waar Back Online zijn geschiedenis en instellingen bewaart, voor een reservekopie of uw IT-partner.',
    openLog: 'Het logboek openen',
    openLogHint: 'Wat Back Online deed en zag, voor uw IT-partner als er iets niet lijkt te kloppen.',
    openFailed: 'Back Online kon dit niet openen. Uw IT-partner vindt het in de gegevensmap.',
  },
  history: {
    heading: 'Geschiedenis',
    intro:
      'Wis de metingen en de opgeloste problemen, bijvoorbeeld voordat u deze computer weggeeft. Een probleem dat nog open is, blijft.',
    delete: 'Geschiedenis wissen',
    confirm:
      'Alle metingen en elk opgelost probleem wissen? Dit kan niet ongedaan worden. Open problemen en uw instellingen blijven.',
    confirmYes: 'Ja, geschiedenis wissen',
    cancel: 'Annuleren',
    deleted: 'De geschiedenis is gewist. Open problemen en uw instellingen zijn bewaard.',
    failed: 'Back Online kon de geschiedenis niet wissen. Probeer het opnieuw.',
  },
  messages: {
    heading: 'Berichten aan klanten',
    intro: 'Zolang een probleem duurt, herinnert Back Online u eraan uw klanten bij te praten.',
    cadence: 'Herinner mij elke … minuten aan een nieuw bericht',
    cadenceHint:
      'Tussen 5 en 240. Klanten die langer niets horen, gaan zich zorgen maken; 30 is gebruikelijk.',
    descriptionsHeading: 'Hoe uw klanten de oorzaak horen',
    descriptionsIntro:
      'Berichten aan klanten noemen de oorzaak in een paar eenvoudige woorden. Schrijf hier uw eigen woorden, of laat een veld leeg voor die van Back Online.',
    descriptionHint: 'Leeg: “{standard}”.',
    groups: {
      hosting: 'Als het hostingbedrijf een probleem heeft',
      web_address: 'Als het webadres (domein) niet werkt',
      secure_connection: 'Als de beveiligde verbinding (certificaat) faalt',
      website: 'Als de website zelf een fout toont',
      slowness: 'Als de website erg traag is',
      internet: 'Als uw eigen internet eruit ligt',
      local_system: 'Als een programma of apparaat in uw bedrijf stopt',
      maintenance: 'Tijdens onderhoud',
      unknown: 'Als de oorzaak nog niet duidelijk is',
    },
    save: 'Berichtinstellingen bewaren',
  },
};
