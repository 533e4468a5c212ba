import type { CatalogSet, PluralText } from './interpolate';

/**
 * The browser tab's (and the desktop window's) title: a tab in the background is often all the owner sees
 * of web mode, so the news comes first and the app's name last when something is wrong.
 */
export interface TabStatusTexts {
  /** Before the app's first answer. */
  appName: string;
  /** Something needs the owner: `{problem}` first, so a narrow tab still shows it. */
  problem: string;
  /** Nothing to do: the app's name first, then `{calm}`. */
  calm: string;
  downOne: string;
  /** Two or three names, already joined ("Webshop and Pinautomaat"). */
  downSome: string;
  downMany: PluralText;
  degradedOne: string;
  degradedSome: string;
  degradedMany: PluralText;
  offline: string;
  contactLost: string;
  allFine: string;
  checking: string;
  noMonitors: string;
  paused: string;
  snoozed: string;
}

const en: TabStatusTexts = {
  appName: 'Back Online',
  problem: '● {problem} — Back Online',
  calm: 'Back Online — {calm}',
  downOne: '{name} is down',
  downSome: '{names} are down',
  downMany: { one: '{count} check is down', other: '{count} checks are down' },
  degradedOne: '{name} needs attention',
  degradedSome: '{names} need attention',
  degradedMany: { one: '{count} check needs attention', other: '{count} checks need attention' },
  offline: 'You are offline',
  contactLost: 'Contact lost',
  allFine: 'all fine',
  checking: 'checking…',
  noMonitors: 'nothing watched yet',
  paused: 'checks paused',
  snoozed: 'alerts snoozed',
};

const nl: TabStatusTexts = {
  appName: 'Back Online',
  problem: '● {problem} — Back Online',
  calm: 'Back Online — {calm}',
  downOne: '{name} werkt niet',
  downSome: '{names} werken niet',
  downMany: { one: '{count} controle werkt niet', other: '{count} controles werken niet' },
  degradedOne: '{name} vraagt aandacht',
  degradedSome: '{names} vragen aandacht',
  degradedMany: { one: '{count} controle vraagt aandacht', other: '{count} controles vragen aandacht' },
  offline: 'U bent offline',
  contactLost: 'Contact verbroken',
  allFine: 'alles in orde',
  checking: 'bezig met controleren…',
  noMonitors: 'nog niets bewaakt',
  paused: 'controles gepauzeerd',
  snoozed: 'meldingen gedempt',
};

export const tabStatusTexts: CatalogSet<TabStatusTexts> = {
  en,
  nl,
  nlInformal: { offline: 'Je bent offline' },
};
