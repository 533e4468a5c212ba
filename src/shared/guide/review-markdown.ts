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

/**
 * The review as a Markdown document: facts filled in from the timeline, the timeline itself, what was
 * tried, the owner's three answers and the action items. Pure, so the export a test reads line by line is
 * the one the owner copies or saves.
 */
export function reviewMarkdown({ incident, review, names, locale }: ReviewExportInput): string {
  const texts = pickCatalog(reviewCatalogs, locale);
  const facts = reviewFacts(incident);
  const clock = new ReportClock(locale);
  const monitorNames = incidentMonitorNames(incident, names);
  const after = (at: number | null, none: string) =>
    at === null
      ? none
      : interpolate(texts.atAfter, {
          time: clock.format(at, facts.detectedAt),
          duration: durationInWords(at - facts.detectedAt, locale.language),
        });
  const fact = (label: string, value: string) => `- **${label}:** ${value}`;
  const affected = incidentName(incident, names, locale);

  let previous: number | null = null;
  const timeline = incident.timeline.map((event) => {
    const line = listItem(
      `${clock.format(event.at, previous)} — ${describeIncidentEvent(event, monitorNames, locale, incident)}`,
    );
    previous = event.at;
    return line;
  });
  const tried = facts.fixesTried.map((fix) =>
    listItem(`${clock.format(fix.at, facts.detectedAt)} — ${fix.text}`),
  );
  const items = review.actionItems.map(
    (item) => `- [${item.done ? 'x' : ' '}] ${item.text.replace(/\n/g, ' ')}`,
  );

  return [
    `# ${interpolate(texts.title, { name: affected })}`,
    '',
    fact(texts.facts.affected, affected),
    fact(texts.facts.cause, causeTitle(facts.cause, facts.details, locale)),
    fact(texts.facts.detected, clock.format(facts.detectedAt, null)),
    fact(texts.facts.firstMessage, after(facts.firstMessageAt, texts.noMessage)),
    fact(texts.facts.firstCustomerMessage, after(facts.firstCustomerMessageAt, texts.noMessage)),
    fact(texts.facts.verified, after(facts.verifiedAt, texts.notYet)),
    fact(texts.facts.resolved, after(facts.resolvedAt, texts.notYet)),
    fact(
      texts.facts.totalDuration,
      facts.totalMs === null ? texts.notYet : durationInWords(facts.totalMs, locale.language),
    ),
    '',
    `## ${texts.triedHeading}`,
    '',
    ...(tried.length === 0 ? [texts.nothingTried] : tried),
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
