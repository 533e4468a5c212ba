import type { CatalogSet } from './interpolate';

/**
 * Desktop notification texts. `{name}` is the monitor's name, `{reason}` the diagnosis headline,
 * `{minutes}` the recovery window, `{when}` one of the certificate's `when*` sentences.
 */
export interface NotificationTexts {
  /** Stands in for `{name}` when the monitor is gone or has no name. */
  unnamedMonitor: string;
  down: { title: string; body: string };
  recovered: { title: string; body: string };
  offline: { title: string; body: string };
  online: { title: string; body: string };
  certificateExpiring: {
    title: string;
    body: string;
    whenDays: string;
    whenOneDay: string;
    whenToday: string;
    whenSoon: string;
  };
}

const en: NotificationTexts = {
  unnamedMonitor: 'A monitored service',
  down: {
    title: '{name} is down',
    body: '{reason}. Click to see what is going on and what to do.',
  },
  recovered: {
    title: '{name} works again',
    body: 'Back Online keeps an eye on it for {minutes} more minutes, then closes the incident by itself.',
  },
  offline: {
    title: 'No internet connection',
    body: 'This computer is offline, so Back Online cannot check your websites. They may be working fine; checking resumes as soon as the connection is back.',
  },
  online: {
    title: 'Internet connection restored',
    body: 'Back Online is checking your websites again.',
  },
  certificateExpiring: {
    title: 'The security certificate of {name} expires soon',
    body: '{when} Ask your hosting company to renew it in time, so visitors do not see a warning.',
    whenDays: 'It expires in {daysLeft} days.',
    whenOneDay: 'It expires in 1 day.',
    whenToday: 'It expires today.',
    whenSoon: 'It expires soon.',
  },
};

const nl: NotificationTexts = {
  unnamedMonitor: 'Een bewaakte dienst',
  down: {
    title: '{name} werkt niet',
    body: '{reason}. Klik om te zien wat er aan de hand is en wat u kunt doen.',
  },
  recovered: {
    title: '{name} werkt weer',
    body: 'Back Online houdt het nog {minutes} minuten in de gaten en sluit het incident daarna vanzelf af.',
  },
  offline: {
    title: 'Geen internetverbinding',
    body: 'Deze computer is offline, dus Back Online kan uw websites niet controleren. Die werken misschien gewoon; de controles gaan verder zodra de verbinding terug is.',
  },
  online: {
    title: 'Internetverbinding hersteld',
    body: 'Back Online controleert uw websites weer.',
  },
  certificateExpiring: {
    title: 'Het beveiligingscertificaat van {name} verloopt binnenkort',
    body: '{when} Vraag uw hostingbedrijf het op tijd te vernieuwen, zodat bezoekers geen waarschuwing zien.',
    whenDays: 'Het verloopt over {daysLeft} dagen.',
    whenOneDay: 'Het verloopt over 1 dag.',
    whenToday: 'Het verloopt vandaag.',
    whenSoon: 'Het verloopt binnenkort.',
  },
};

export const notificationCatalogs: CatalogSet<NotificationTexts> = {
  en,
  nl,
  nlInformal: {
    down: { body: '{reason}. Klik om te zien wat er aan de hand is en wat je kunt doen.' },
    offline: {
      body: 'Deze computer is offline, dus Back Online kan je websites niet controleren. Die werken misschien gewoon; de controles gaan verder zodra de verbinding terug is.',
    },
    online: { body: 'Back Online controleert je websites weer.' },
    certificateExpiring: {
      body: '{when} Vraag je hostingbedrijf het op tijd te vernieuwen, zodat bezoekers geen waarschuwing zien.',
    },
  },
};
