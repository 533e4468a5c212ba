import type { CheckDetails } from '../check-result';
import { describeCause } from '../diagnosis';
import type { Incident } from '../incident';
import type { Language, Locale } from '../locale';
import { intlLocaleTag } from '../locale';
import type { Monitor } from '../monitor';
import type { Settings } from '../settings';
import type { MessagePack } from './message-pack';
import type { MessageVariables } from './message-types';
import { CAUSE_GROUP_OF } from './public-descriptions';

/**
 * A time as a message reads it: "14:02" on the day, "3 Dec 14:02" later. No "yesterday": a post stays
 * up, and tomorrow "yesterday" would be wrong.
 */
export function messageTime(at: number, now: number, language: Language): string {
  const tag = intlLocaleTag(language);
  const date = new Date(at);
  const clock = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit' }).format(date);
  if (date.toDateString() === new Date(now).toDateString()) return clock;
  return `${new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short' }).format(date)} ${clock}`;
}

/** "shop.example.nl" for "https://shop.example.nl/": how people write a site in a sentence. */
export function websiteForText(website: string): string {
  return website
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/$/, '');
}

/** The owner's own sentence ends like a sentence, so the next one does not run into it. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || /[.!?…)]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function joinNames(names: string[], language: Language): string {
  if (names.length <= 1) return names[0] ?? '';
  return new Intl.ListFormat(intlLocaleTag(language), { type: 'conjunction' }).format(names);
}

function firstWebsite(monitors: readonly Monitor[]): string {
  return monitors.find((monitor) => /^https?:\/\//i.test(monitor.target))?.target ?? '';
}

export interface MessageFactsInput {
  incident: Pick<Incident, 'openedAt' | 'resolvedAt' | 'cause' | 'details' | 'monitorIds'>;
  /** Every monitor the app knows; those of the incident are picked out. */
  monitors: readonly Monitor[];
  settings: Pick<Settings, 'business' | 'messages'>;
  locale: Locale;
  pack: MessagePack;
  now: number;
  /** What the owner typed for this incident only. */
  expectedResolution?: string;
}

function technicalFacts(monitors: readonly Monitor[], details: CheckDetails, explanation: string): string {
  const affected = monitors.map((monitor) => `${monitor.name} (${monitor.target})`).join(', ');
  const code = typeof details.statusCode === 'number' ? ` [${details.statusCode}]` : '';
  return [affected, `${explanation}${code}`].filter((part) => part !== '').join(' — ');
}

/** The facts every template is filled from: the business profile, the incident and the monitors. */
export function messageFacts(input: MessageFactsInput): MessageVariables {
  const { incident, settings, locale, pack, now } = input;
  const { business, messages } = settings;
  const affected = input.monitors.filter((monitor) => incident.monitorIds.includes(monitor.id));
  const publicNames = [
    ...new Set(affected.map((monitor) => monitor.publicName).filter((name) => name !== undefined)),
  ];
  const group = CAUSE_GROUP_OF[incident.cause];
  const diagnosis = describeCause(incident.cause, incident.details, locale);
  const website = business.website || firstWebsite(affected) || firstWebsite(input.monitors);
  const time = (at: number) => messageTime(at, now, locale.language);
  return {
    businessName: business.name,
    website: websiteForText(website),
    service: publicNames.length > 0 ? joinNames(publicNames, locale.language) : pack.serviceFallback,
    startTime: time(incident.openedAt),
    cause: messages.publicDescriptions[locale.language][group] ?? pack.causes[group],
    resolvedTime: time(incident.resolvedAt ?? now),
    technicalCause: diagnosis.title,
    technicalFacts: technicalFacts(affected, incident.details, diagnosis.explanation),
    expectedResolution: input.expectedResolution?.trim() ?? '',
    followUpdates: business.followUpdatesAt,
    nextUpdateTime: time(now + messages.cadenceMinutes * 60_000),
    workaround: asSentence(business.workaround),
    apology: asSentence(business.apology),
  };
}
