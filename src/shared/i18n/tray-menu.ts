import type { MonitorStatus } from '../app-state';
import type { CatalogSet } from './interpolate';

/** The tray menu. A monitor's state is a symbol plus one of `status`, never colour alone. */
export interface TrayMenuTexts {
  openWindow: string;
  monitorsHeading: string;
  noMonitors: string;
  /** Shown after the first monitors when there are too many for a menu; `{count}` is filled in. */
  moreMonitors: string;
  status: Record<MonitorStatus, string>;
  openRecoveryGuide: string;
  checkAllNow: string;
  snooze: string;
  snoozeFor15Minutes: string;
  snoozeFor1Hour: string;
  snoozeUntilTomorrow: string;
  /** `{time}` is the local time alerts come back, with the weekday when that is not today. */
  snoozedUntil: string;
  resumeAlerts: string;
  settings: string;
  startAtLogin: string;
  quit: string;
}

const en: TrayMenuTexts = {
  openWindow: 'Open Back Online',
  monitorsHeading: 'Watching',
  noMonitors: 'Nothing is being watched yet',
  moreMonitors: '…and {count} more',
  status: {
    up: 'Up',
    degraded: 'Needs attention',
    down: 'Down',
    unknown: 'Unknown',
    pending: 'Not checked yet',
    paused: 'Paused',
  },
  openRecoveryGuide: 'Open recovery guide',
  checkAllNow: 'Check all now',
  snooze: 'Pause alerts',
  snoozeFor15Minutes: 'For 15 minutes',
  snoozeFor1Hour: 'For 1 hour',
  snoozeUntilTomorrow: 'Until tomorrow',
  snoozedUntil: 'Alerts paused until {time}',
  resumeAlerts: 'Resume alerts',
  settings: 'Settings…',
  startAtLogin: 'Start at login',
  quit: 'Quit Back Online',
};

const nl: TrayMenuTexts = {
  openWindow: 'Back Online openen',
  monitorsHeading: 'Bewaakt',
  noMonitors: 'Er wordt nog niets bewaakt',
  moreMonitors: '…en nog {count}',
  status: {
    up: 'Werkt',
    degraded: 'Vraagt aandacht',
    down: 'Plat',
    unknown: 'Onbekend',
    pending: 'Nog niet gecontroleerd',
    paused: 'Gepauzeerd',
  },
  openRecoveryGuide: 'Herstelplan openen',
  checkAllNow: 'Alles nu controleren',
  snooze: 'Meldingen pauzeren',
  snoozeFor15Minutes: '15 minuten',
  snoozeFor1Hour: '1 uur',
  snoozeUntilTomorrow: 'Tot morgen',
  snoozedUntil: 'Meldingen gepauzeerd tot {time}',
  resumeAlerts: 'Meldingen hervatten',
  settings: 'Instellingen…',
  startAtLogin: 'Starten bij inloggen',
  quit: 'Back Online afsluiten',
};

/** No menu text addresses the owner directly, so informal Dutch reads the same as formal. */
export const trayMenuCatalogs: CatalogSet<TrayMenuTexts> = { en, nl, nlInformal: {} };
