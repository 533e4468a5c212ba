import type { CheckDetails, CheckResult, CheckTimings } from '../check-result';
import { causeTitle } from '../incident-events';
import type { MonitorNames } from '../incident-events';
import { incidentMonitorNames } from '../incident-events';
import { incidentName } from '../incident-name';
import type { Incident } from '../incident';
import { durationInWords } from '../i18n/duration-words';
import { interpolate, pickCatalog } from '../i18n/interpolate';
import type { Locale } from '../locale';
import { intlLocaleTag } from '../locale';
import type { ShareLink } from '../messages/share-intents';
import { shareLink } from '../messages/share-intents';
import type { Contact } from '../settings';
import type { MonitorFailure } from './incident-facts';
import { monitorFailures, triedActions } from './incident-facts';
import type { SupportRequestTexts } from './support-request-texts';
import { supportRequestCatalogs } from './support-request-texts';

export interface SupportRequestInput {
  incident: Pick<Incident, 'scope' | 'monitorIds' | 'timeline' | 'openedAt' | 'cause' | 'details'>;
  names: MonitorNames;
  /** The latest check of each monitor (from the app state), for its timings. */
  lastResults: ReadonlyMap<string, CheckResult>;
  /** Whether this computer's own internet works (the app state's `offline` turned around). */
  ownInternetWorks: boolean;
  contact: Pick<Contact, 'name' | 'email'> | null;
  businessName: string;
  now: number;
  locale: Locale;
  /** The last lines of the app's log, added below the signature when the owner chooses to. */
  logLines?: readonly string[];
}

export interface SupportRequest {
  subject: string;
  body: string;
}

function text(value: CheckDetails[string] | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function dateTime(at: number | string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocaleTag(locale.language), {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(at));
}

function certificateDate(value: CheckDetails[string] | undefined, locale: Locale): string | undefined {
  const raw = text(value);
  if (raw === undefined || Number.isNaN(new Date(raw).getTime())) return raw;
  return new Intl.DateTimeFormat(intlLocaleTag(locale.language), { dateStyle: 'long' }).format(new Date(raw));
}

/** "DNS 12 ms, connect 30 ms, first byte 8.1 s, total 8.2 s": short under a second, seconds above. */
function timingsText(timings: CheckTimings, texts: SupportRequestTexts, locale: Locale): string {
  const format = (ms: number) =>
    ms < 1000
      ? `${Math.round(ms)} ms`
      : `${new Intl.NumberFormat(intlLocaleTag(locale.language), { maximumFractionDigits: 1 }).format(ms / 1000)} s`;
  const parts = (['dns', 'connect', 'tls', 'firstByte', 'total'] as const).flatMap((phase) => {
    const ms = timings[phase];
    return ms === undefined ? [] : [interpolate(texts.timingParts[phase], { value: format(ms) })];
  });
  return parts.join(', ');
}

type FailureFacts = Pick<MonitorFailure, 'cause' | 'details' | 'since'>;

function factLines(
  failure: FailureFacts,
  result: CheckResult | undefined,
  texts: SupportRequestTexts,
  locale: Locale,
): string[] {
  const { details } = failure;
  const fact = (key: keyof SupportRequestTexts['facts'], value: string | undefined) =>
    value === undefined ? undefined : interpolate(texts.facts[key], { value });
  const validTo = certificateDate(details.validTo, locale);
  const lines = [
    fact('address', text(details.target) ?? text(details.url) ?? text(details.host)),
    fact('problem', causeTitle(failure.cause, details, locale)),
    fact('since', dateTime(failure.since, locale)),
    fact('statusCode', text(details.statusCode)),
    fact('timings', result ? timingsText(result.timings, texts, locale) : undefined),
    fact('serverAddress', text(details.address)),
    fact('dnsAnswer', text(details.addresses) ?? text(details.dnsFailure)),
    validTo === undefined
      ? undefined
      : interpolate(texts.facts.certificate, {
          from: certificateDate(details.validFrom, locale) ?? '?',
          to: validTo,
        }),
    fact('certificateIssuer', text(details.issuer)),
    fact('certificateNames', text(details.certificateNames)),
    fact('errorPage', text(details.errorPage)),
    fact('errorCode', text(details.errorCode)),
  ];
  return lines.flatMap((line) => (line === undefined ? [] : [`- ${line}`]));
}

/**
 * The e-mail the owner sends to the contact this cause calls for, with every fact a technician asks for:
 * address, diagnosis, status code, timings, certificate or DNS facts, since when, and what was already
 * tried. Pure: the window, the tests and a future CLI all write the same text.
 */
export function supportRequest(input: SupportRequestInput): SupportRequest {
  const { incident, locale } = input;
  const texts = pickCatalog(supportRequestCatalogs, locale);
  const names = incidentMonitorNames(incident, input.names);
  const subjectName = incidentName(incident, input.names, locale);
  const since = dateTime(incident.openedAt, locale);
  const problem = causeTitle(incident.cause, incident.details, locale).replace(/[.!?]+$/, '');
  const failures = monitorFailures(incident);
  const blocks =
    failures.length === 0
      ? [
          factLines(
            { cause: incident.cause, details: incident.details, since: incident.openedAt },
            undefined,
            texts,
            locale,
          ),
        ]
      : failures.map((failure) => [
          ...(failures.length > 1
            ? [interpolate(texts.monitorHeading, { name: names.get(failure.monitorId) ?? failure.monitorId })]
            : []),
          ...factLines(failure, input.lastResults.get(failure.monitorId), texts, locale),
        ]);
  const tried = triedActions(incident).map((action) => `- ${action.text}`);
  const contactName = input.contact?.name.trim();
  const body = [
    contactName ? interpolate(texts.greetingNamed, { name: contactName }) : texts.greeting,
    '',
    interpolate(texts.opening, {
      subject: subjectName,
      since,
      duration: durationInWords(Math.max(0, input.now - incident.openedAt), locale.language),
    }),
    '',
    texts.factsHeading,
    ...blocks.flatMap((block, index) => (index === 0 ? block : ['', ...block])),
    ...(input.ownInternetWorks && incident.scope !== 'offline' ? ['', texts.ownInternetWorks] : []),
    '',
    texts.triedHeading,
    ...(tried.length === 0 ? [texts.nothingTried] : tried),
    '',
    texts.request,
    '',
    texts.closing,
    ...(input.businessName.trim()
      ? [interpolate(texts.signature, { business: input.businessName.trim() })]
      : []),
    ...(input.logLines && input.logLines.length > 0
      ? ['', '--', texts.logHeading, ...input.logLines.map((line) => `    ${line}`)]
      : []),
  ].join('\n');
  return { subject: interpolate(texts.subject, { subject: subjectName, since, problem }), body };
}

/** The request as a mailto: link (subject and body only, addressed to the contact when they have an e-mail). */
export function supportRequestMailto(
  request: SupportRequest,
  contact: Pick<Contact, 'email'> | null,
): ShareLink | null {
  return shareLink('email', {
    subject: request.subject,
    text: request.body,
    ...(contact?.email ? { recipient: contact.email } : {}),
  });
}
