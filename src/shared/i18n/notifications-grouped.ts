import type { CatalogSet } from './interpolate';

/**
 * Notifications about an incident that groups several monitors (same host, same local machine). `{name}`
 * is the monitor the notification is about, `{others}` and `{names}` the incident's monitors as a list
 * ("Webshop and Pinautomaat"), `{reason}` the joining monitor's own diagnosis headline.
 */
export interface GroupedNotificationTexts {
  joined: { title: string; body: string };
  recoveredAll: { title: string; body: string };
}

const en: GroupedNotificationTexts = {
  joined: {
    title: '{name} is down too',
    body: '{reason}. It is part of the same problem as {others}: click to see what to do.',
  },
  recoveredAll: {
    title: '{names} work again',
    body: 'Back Online keeps an eye on them for {minutes} more minutes, then closes the incident by itself.',
  },
};

const nl: GroupedNotificationTexts = {
  joined: {
    title: '{name} werkt ook niet',
    body: '{reason}. Het hoort bij hetzelfde probleem als {others}: klik om te zien wat u kunt doen.',
  },
  recoveredAll: {
    title: '{names} werken weer',
    body: 'Back Online houdt ze nog {minutes} minuten in de gaten en sluit het incident daarna vanzelf af.',
  },
};

export const groupedNotificationCatalogs: CatalogSet<GroupedNotificationTexts> = {
  en,
  nl,
  nlInformal: {
    joined: {
      body: '{reason}. Het hoort bij hetzelfde probleem als {others}: klik om te zien wat je kunt doen.',
    },
  },
};
