import type { Incident } from '../incident';
import type { MonitorNames } from '../incident-events';
import { causeTitle, describeIncidentEvent, incidentMonitorNames } from '../incident-events';
import { incidentName } from '../incident-name';
import { durationInWords } from '../i18n/duration-words';
import { interpolate, pickCatalog } from '../i18n/interpolate';
import type { Locale } from '../locale';
import { intlLocaleTag } from '../locale';
import type { GuideProgress } from './guide-progress';
import { reviewFacts } from './review';
import type { ReviewTexts } from './review-texts';
import { reviewCatalogs } from './review-texts';

export interface ReviewExportInput {
  incident: Incident;
  review: GuideProgress['review'];
  names: MonitorNames;
  locale: Locale;
}

/** Times as people read them in a report: the full date once, then only the time while the day stays. */
class ReportClock {
  private readonly day: Intl.DateTimeFormat;
  private readonly full: Intl.DateTimeFormat;
  private readonly time: Intl.DateTimeFormat;

  constructor(locale: Locale) {
    const tag = intlLocaleTag(locale.language);
    this.day = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'numeric', day: 'numeric' });
    this.full = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' });
    this.time = new Intl.DateTimeFormat(tag, { timeStyle: 'short' });
  }

  format(at: number, sameDayAs: number | null): string {
    const sameDay = sameDayAs !== null && this.day.format(at) === this.day.format(sameDayAs);
    return (sameDay ? this.time : this.full).format(at);
  }
}

/** A list item whose text may run over several lines: the next lines stay inside the item. */
function listItem(text: string): string {
  return `- ${text.trim().split('\n').join('\n  ')}`;
}

function answer(text: string, texts: ReviewTexts): string {
  return text.trim() === '' ? texts.noAnswer : text.trim();
}

export interface ReviewFact {
  label: string;
  value: string;
}

export interface ReviewSummary {
  /** "Incident review: Webshop". */
  title: string;
  /** Affected, cause, detected, first (customer) message, verified, resolved, total duration. */
  facts: ReviewFact[];
  /** "14:05 — Restore a backup — it worked", in the order tried. */
  tried: string[];
}

/**
 * The review's facts as the Learn step shows them and the export writes them, filled in from the timeline:
 * one source, so what the owner reads on screen is what they copy, save or print.
 */
export function reviewSummary({ incident, names, locale }: Omit<ReviewExportInput, 'review'>): ReviewSummary {
  const texts = pickCatalog(reviewCatalogs, locale);
  const facts = reviewFacts(incident);
  const clock = new ReportClock(locale);
  const after = (at: number | null, none: string) =>
    at === null
      ? none
      : interpolate(texts.atAfter, {
          time: clock.format(at, facts.detectedAt),
          duration: durationInWords(at - facts.detectedAt, locale.language),
        });
  const affected = incidentName(incident, names, locale);
  return {
    title: interpolate(texts.title, { name: affected }),
    facts: [
      { label: texts.facts.affected, value: affected },
      { label: texts.facts.cause, value: causeTitle(facts.cause, facts.details, locale) },
      { label: texts.facts.detected, value: clock.format(facts.detectedAt, null) },
      { label: texts.facts.firstMessage, value: after(facts.firstMessageAt, texts.noMessage) },
      {
        label: texts.facts.firstCustomerMessage,
        value: after(facts.firstCustomerMessageAt, texts.noMessage),
      },
      { label: texts.facts.verified, value: after(facts.verifiedAt, texts.notYet) },
      { label: texts.facts.resolved, value: after(facts.resolvedAt, texts.notYet) },
      {
        label: texts.facts.totalDuration,
        value: facts.totalMs === null ? texts.notYet : durationInWords(facts.totalMs, locale.language),
      },
    ],
    tried: facts.fixesTried.map((fix) => `${clock.format(fix.at, facts.detectedAt)} — ${fix.text}`),
  };
}

/**
 * The review as a Markdown document: facts filled in from the timeline, the timeline itself, what was
 * tried, the owner's three answers and the action items. Pure, so the export a test reads line by line is
 * the one the owner copies or saves.
 */
export function reviewMarkdown({ incident, review, names, locale }: ReviewExportInput): string {
  const texts = pickCatalog(reviewCatalogs, locale);
  const summary = reviewSummary({ incident, names, locale });
  const clock = new ReportClock(locale);
  const monitorNames = incidentMonitorNames(incident, names);

  let previous: number | null = null;
  const timeline = incident.timeline.map((event) => {
    const line = listItem(
      `${clock.format(event.at, previous)} — ${describeIncidentEvent(event, monitorNames, locale, incident)}`,
    );
    previous = event.at;
    return line;
  });
  const items = review.actionItems.map(
    (item) => `- [${item.done ? 'x' : ' '}] ${item.text.replace(/\n/g, ' ')}`,
  );

  return [
    `# ${summary.title}`,
    '',
    ...summary.facts.map(({ label, value }) => `- **${label}:** ${value}`),
    '',
    `## ${texts.triedHeading}`,
    '',
    ...(summary.tried.length === 0 ? [texts.nothingTried] : summary.tried.map(listItem)),
    '',
    `## ${texts.questions.whatCaused}`,
    '',
    answer(review.answers.whatCaused, texts),
    '',
    `## ${texts.questions.wentWell}`,
    '',
    answer(review.answers.wentWell, texts),
    '',
    `## ${texts.questions.toImprove}`,
    '',
    answer(review.answers.toImprove, texts),
    '',
    `## ${texts.actionItemsHeading}`,
    '',
    ...(items.length === 0 ? [texts.noActionItems] : items),
    '',
    `## ${texts.timelineHeading}`,
    '',
    ...timeline,
    '',
  ].join('\n');
}
