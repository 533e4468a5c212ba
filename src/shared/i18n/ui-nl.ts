import { incidentTimelineCatalogs } from './incident-timeline';
import type { UiTexts } from './ui';

/** A page without its token hears this both as the connection notice and as the refused call's error. */
const NEEDS_LINK =
  'Deze pagina heeft de link nodig die Back Online bij het starten liet zien. Kopieer de hele link uit de terminal.';

export const uiNl: UiTexts = {
  appName: 'Back Online',
  language: { label: 'Taal', en: 'English', nl: 'Nederlands' },
  connection: {
    connecting: 'Verbinden met Back Online…',
    reconnecting:
      'Het contact met Back Online is verbroken. Opnieuw verbinden… Wat u hieronder ziet, is misschien niet meer actueel.',
    refused: NEEDS_LINK,
    updatedAt: 'Bijgewerkt {time}',
  },
  banner: {
    ok: { one: 'Uw controle is in orde', other: 'Alle {count} controles zijn in orde' },
    okNext:
      'U hoeft niets te doen. Back Online blijft controleren en laat het u weten als er iets verandert.',
    noMonitors: 'Er wordt nog niets gecontroleerd',
    noMonitorsNext: 'Zet uw website in de configuratie van Back Online om hem te laten controleren.',
    firstCheck: 'Alles wordt voor het eerst gecontroleerd…',
    firstCheckNext: 'Dit duurt een paar seconden.',
    degradedOne: '{name} heeft aandacht nodig',
    degradedMany: {
      one: '{count} controle heeft aandacht nodig',
      other: '{count} controles hebben aandacht nodig',
    },
    degradedNext: 'Het werkt nog wel, maar lees hieronder wat er aan de hand is.',
    downOne: '{name} werkt niet',
    downMany: { one: '{count} controle werkt niet', other: '{count} controles werken niet' },
    downNext: 'Open het herstelplan: daarin staat wat er mis is en wat u nu kunt doen.',
    offline: 'Uw eigen internetverbinding lijkt weg te zijn',
    offlineNext:
      'Controleer uw router, kabels of wifi. Uw website kan prima werken: Back Online kan hem pas controleren als uw internet terug is.',
    snoozed: 'Controleren is gepauzeerd tot {time}',
    allPaused: 'Alle controles zijn gepauzeerd',
    pausedNext: 'Zolang de pauze duurt, controleert Back Online niets en krijgt u geen meldingen.',
    openGuide: 'Open het herstelplan',
  },
  monitors: {
    heading: 'Uw controles',
    status: {
      up: 'In orde',
      degraded: 'Aandacht nodig',
      down: 'Werkt niet',
      unknown: 'Niet te controleren',
      pending: 'Wordt gecontroleerd…',
      paused: 'Gepauzeerd',
    },
    since: 'sinds {time}',
    lastChecked: 'Laatst gecontroleerd {time}',
    neverChecked: 'Nog niet gecontroleerd',
    responseTime: 'Antwoord in {ms} ms',
    confirming: 'Wordt nog eens gecontroleerd om zeker te zijn…',
    paused: {
      disabled: 'Uitgezet',
      snoozed: 'Door u gepauzeerd',
      maintenance: 'Gepland onderhoud',
    },
    checkAll: 'Nu alles controleren',
    checkingAll: 'Bezig met controleren…',
  },
  incidents: {
    heading: 'Open problemen',
    none: 'Geen open problemen.',
    started: 'Begonnen {time}',
    phaseLabel: 'Stand van zaken',
    phase: incidentTimelineCatalogs.nl.phases,
    affects: 'Betreft: {names}',
    open: 'Openen',
    openNamed: 'Openen: het probleem met {names}',
  },
  incident: {
    timeline: {
      heading: 'Wat er tot nu toe is gebeurd',
      loading: 'Het verloop wordt geladen…',
    },
  },
  snooze: {
    heading: 'Controleren',
    active: 'Back Online controleert en waarschuwt u als er iets misgaat.',
    pausedUntil: 'Gepauzeerd tot {time}. Tot dan krijgt u geen meldingen.',
    pauseFor: 'Pauzeren voor',
    durations: { '15m': '15 minuten', '1h': '1 uur', '4h': '4 uur', tomorrow: 'Tot morgen' },
    resume: 'Nu hervatten',
    graceUntil: 'De computer kwam net uit de slaapstand: meldingen wachten tot {time}.',
  },
  errors: {
    invalid_request: 'Dat lukte niet. Probeer het nog eens.',
    unknown_channel:
      'Dat lukte niet. Deze pagina is misschien ouder dan Back Online: laad de pagina opnieuw.',
    untrusted_sender: NEEDS_LINK,
    not_found: 'Dat onderdeel bestaat niet meer. Het overzicht is bijgewerkt.',
    not_allowed: 'Dat kan op dit moment niet.',
    storage_failed:
      'Back Online kon dat niet opslaan. Controleer of de schijf niet vol is en probeer het opnieuw.',
    unavailable: 'Back Online antwoordt niet. Draait het nog? Probeer het zo nog eens.',
    internal: 'Er ging iets mis in Back Online. Probeer het nog eens.',
    dismiss: 'Sluiten',
  },
  time: { yesterday: 'gisteren' },
};
