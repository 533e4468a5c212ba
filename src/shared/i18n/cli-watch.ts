import type { MonitorState, MonitorStatus, OverallStatus } from '../app-state';
import type { CatalogSet } from './interpolate';

type PausedReason = NonNullable<MonitorState['pausedReason']>;

/** Texts of `back-online watch`: one line per change, so each line stands on its own in a log. */
export interface WatchTexts {
  summary: string;
  usage: string;
  description: string;
  optionsHeading: string;
  options: { json: string };
  helpHint: string;
  watching: { one: string; other: string };
  noMonitors: string;
  status: Record<MonitorStatus, string>;
  pausedReasons: Record<PausedReason, string>;
  monitor: string;
  monitorProblem: string;
  monitorPaused: string;
  offline: string;
  online: string;
  overall: string;
  /** `checking`: nothing is wrong so far, but not every monitor has been checked yet. */
  overallStatus: Record<OverallStatus | 'checking', string>;
  incidentOpened: string;
  incidentResolved: string;
  incidentResolvedWith: string;
  incidentEvent: string;
}

const en: WatchTexts = {
  summary: 'keep checking and show every change as it happens',
  usage: 'back-online watch [options]',
  description:
    'Runs Back Online in this window: it checks everything in the configuration on its schedule and prints a line for every change and every step of an incident, until you press Ctrl+C.',
  optionsHeading: 'Options:',
  options: { json: 'print one JSON object per line instead of text' },
  helpHint: 'Run "back-online watch --help" for all options.',
  watching: {
    one: 'Back Online is watching 1 check. Press Ctrl+C to stop.',
    other: 'Back Online is watching {count} checks. Press Ctrl+C to stop.',
  },
  noMonitors: 'There is nothing to check yet. Add checks to a configuration file and pass it with --config.',
  status: {
    up: 'OK',
    degraded: 'needs attention',
    down: 'DOWN',
    unknown: 'cannot check',
    pending: 'checking…',
    paused: 'paused',
  },
  pausedReasons: { disabled: 'switched off', snoozed: 'alerts snoozed', maintenance: 'maintenance' },
  monitor: '{name}: {status}',
  monitorProblem: '{name}: {status} — {title}',
  monitorPaused: '{name}: {status} ({reason})',
  offline: 'This computer is offline; the websites are checked again as soon as the connection is back.',
  online: 'The internet connection is back.',
  overall: 'Overall: {overall}',
  overallStatus: {
    ok: 'everything works',
    checking: 'nothing wrong so far, still checking…',
    degraded: 'something needs attention',
    down: 'something is down',
    offline: 'offline',
    paused: 'paused',
  },
  incidentOpened: 'Incident opened: {group} — {cause}',
  incidentResolved: 'Incident resolved: {group}',
  incidentResolvedWith: 'Incident resolved: {group} — {text}',
  incidentEvent: 'Incident {group}: {text}',
};

const nl: WatchTexts = {
  summary: 'blijven controleren en elke verandering meteen tonen',
  usage: 'back-online watch [opties]',
  description:
    'Laat Back Online in dit venster draaien: het controleert alles uit de configuratie volgens schema en toont een regel bij elke verandering en elke stap van een incident, tot u op Ctrl+C drukt.',
  optionsHeading: 'Opties:',
  options: { json: 'één JSON-object per regel tonen in plaats van tekst' },
  helpHint: 'Voer "back-online watch --help" uit voor alle opties.',
  watching: {
    one: 'Back Online bewaakt 1 controle. Druk op Ctrl+C om te stoppen.',
    other: 'Back Online bewaakt {count} controles. Druk op Ctrl+C om te stoppen.',
  },
  noMonitors:
    'Er is nog niets om te controleren. Zet controles in een configuratiebestand en geef dat op met --config.',
  status: {
    up: 'in orde',
    degraded: 'aandacht nodig',
    down: 'WERKT NIET',
    unknown: 'niet te controleren',
    pending: 'wordt gecontroleerd…',
    paused: 'gepauzeerd',
  },
  pausedReasons: { disabled: 'uitgeschakeld', snoozed: 'meldingen gedempt', maintenance: 'onderhoud' },
  monitor: '{name}: {status}',
  monitorProblem: '{name}: {status} — {title}',
  monitorPaused: '{name}: {status} ({reason})',
  offline: 'Deze computer is offline; de websites worden weer gecontroleerd zodra de verbinding terug is.',
  online: 'De internetverbinding is terug.',
  overall: 'Totaal: {overall}',
  overallStatus: {
    ok: 'alles werkt',
    checking: 'tot nu toe niets mis, nog bezig met controleren…',
    degraded: 'iets heeft aandacht nodig',
    down: 'er werkt iets niet',
    offline: 'offline',
    paused: 'gepauzeerd',
  },
  incidentOpened: 'Incident geopend: {group} — {cause}',
  incidentResolved: 'Incident opgelost: {group}',
  incidentResolvedWith: 'Incident opgelost: {group} — {text}',
  incidentEvent: 'Incident {group}: {text}',
};

export const watchCatalogs: CatalogSet<WatchTexts> = {
  en,
  nl,
  nlInformal: {
    description:
      'Laat Back Online in dit venster draaien: het controleert alles uit de configuratie volgens schema en toont een regel bij elke verandering en elke stap van een incident, tot je op Ctrl+C drukt.',
  },
};
