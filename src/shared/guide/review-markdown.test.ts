import { describe, expect, it } from 'vitest';
import { causeTitle } from '../incident-events';
import { BAKERY_T0, bakeryIncident } from '../../../test/support/guide-incidents';
import { pinTimeZone } from '../../../test/support/time-zone';
import { reviewFacts } from './review';
import { reviewMarkdown } from './review-markdown';

pinTimeZone('Europe/Amsterdam');

const names = new Map([
  ['m-shop', 'Webshop'],
  ['m-checkout', 'Checkout'],
]);
const review = {
  answers: { whatCaused: 'A plugin update', wentWell: 'The backup of the plugin was there', toImprove: '' },
  actionItems: [
    { text: 'Try updates on the test shop first', done: false },
    { text: 'Add the hosting company to the contacts', done: true },
  ],
  savedAt: BAKERY_T0 + 40 * 60_000,
};
const minutes = (count: number) => count * 60_000;

describe('the review', () => {
  it('fills its facts from the timeline', () => {
    expect(reviewFacts(bakeryIncident())).toMatchObject({
      detectedAt: BAKERY_T0,
      firstMessageAt: BAKERY_T0 + minutes(6),
      firstCustomerMessageAt: BAKERY_T0 + minutes(9),
      verifiedAt: BAKERY_T0 + minutes(28),
      resolvedAt: BAKERY_T0 + minutes(30),
      totalMs: minutes(30),
      timeToFirstCustomerMessageMs: minutes(9),
      monitorIds: ['m-shop', 'm-checkout'],
      cause: 'http_server_error',
    });
    expect(reviewFacts(bakeryIncident()).fixesTried.map((fix) => [fix.text, fix.outcome])).toEqual([
      ['Restart the server or clear its cache — it did not help', 'did_not_work'],
      ['Roll back the last plugin or theme update — it worked', 'worked'],
    ]);
  });

  it('exports as Markdown, line by line', () => {
    const en = { language: 'en', formality: 'formal' } as const;
    const cause = causeTitle('http_server_error', bakeryIncident().details, en);
    const lines = reviewMarkdown({ incident: bakeryIncident(), review, names, locale: en }).split('\n');
    expect(lines).toEqual([
      '# Incident review: Webshop and Checkout',
      '',
      '- **Affected:** Webshop and Checkout',
      `- **Cause:** ${cause}`,
      '- **Detected:** 12 March 2026 at 14:02',
      '- **First message:** 14:08 (6 minutes after detection)',
      '- **First message to customers:** 14:11 (9 minutes after detection)',
      '- **Verified:** 14:30 (28 minutes after detection)',
      '- **Resolved:** 14:32 (30 minutes after detection)',
      '- **Total duration:** 30 minutes',
      '',
      '## What we tried',
      '',
      '- 14:15 — Restart the server or clear its cache — it did not help',
      '- 14:25 — Roll back the last plugin or theme update — it worked',
      '',
      '## What caused it?',
      '',
      'A plugin update',
      '',
      '## What went well?',
      '',
      'The backup of the plugin was there',
      '',
      '## What can we improve?',
      '',
      '(not answered)',
      '',
      '## Action items',
      '',
      '- [ ] Try updates on the test shop first',
      '- [x] Add the hosting company to the contacts',
      '',
      '## Timeline',
      '',
      `- 12 March 2026 at 14:02 — Problem noticed: ${cause}`,
      '- 14:03 — Checkout also affected',
      '- 14:05 — Status: Being looked into',
      '- 14:06 — Tried: Asked the team whether anything changed today',
      '- 14:06 — Note: Jan updated the shop plugin at 13:50',
      '- 14:08 — Message copied: Team: the web shop is down',
      '- 14:11 — Message sent (E-mail): Customers: ordering is down for a moment',
      '- 14:12 — Status: Cause found',
      '- 14:15 — Tried: Restart the server or clear its cache — it did not help',
      '- 14:25 — Tried: Roll back the last plugin or theme update — it worked',
      '- 14:25 — Status: Fixed, keeping an eye on it',
      '- 14:27 — Webshop works again',
      '- 14:28 — Checkout works again',
      '- 14:30 — Tried: Checked everything: all 2 work',
      '- 14:32 — Solved: Customers can order again',
      '',
    ]);
  });

  it('exports in Dutch, with the day written out again when the incident runs past midnight', () => {
    const incident = bakeryIncident();
    const nextDay = BAKERY_T0 + minutes(11 * 60);
    const late = {
      ...incident,
      resolvedAt: nextDay,
      timeline: [...incident.timeline.slice(0, -1), { at: nextDay, type: 'resolved' as const }],
    };
    const markdown = reviewMarkdown({
      incident: late,
      review,
      names,
      locale: { language: 'nl', formality: 'informal' },
    });
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('# Terugblik op het incident: Webshop en Checkout');
    expect(lines).toContain('- **Opgelost:** 13 maart 2026 om 01:02 (11 uur na het ontdekken)');
    expect(lines).toContain('- **Totale duur:** 11 uur');
    expect(lines).toContain('## Wat kunnen we beter doen?');
    expect(lines.at(-2)).toBe('- 13 maart 2026 om 01:02 — Opgelost');
  });

  it('keeps a multi-line action inside its list item', () => {
    const incident = bakeryIncident();
    const restart = {
      at: BAKERY_T0 + minutes(20),
      type: 'action_tried' as const,
      text: 'Restarted Kassa (exit code 0)\nKassa works again\nLast output:\nkassa started',
      details: { guideAction: 'restart', monitorId: 'm-shop', result: 'ran', exitCode: 0, recovered: true },
    };
    const withRestart = {
      ...incident,
      timeline: [...incident.timeline.slice(0, 9), restart, ...incident.timeline.slice(9)],
    };
    const lines = reviewMarkdown({
      incident: withRestart,
      review,
      names,
      locale: { language: 'en', formality: 'formal' },
    }).split('\n');
    expect(lines).toContain('- 14:22 — Restarted Kassa (exit code 0)');
    const timelineAt = lines.indexOf('- 14:22 — Tried: Restarted Kassa (exit code 0)');
    expect(lines.slice(timelineAt, timelineAt + 4)).toEqual([
      '- 14:22 — Tried: Restarted Kassa (exit code 0)',
      '  Kassa works again',
      '  Last output:',
      '  kassa started',
    ]);
    expect(reviewFacts(withRestart).fixesTried[1]).toMatchObject({
      text: 'Restarted Kassa (exit code 0)',
      outcome: 'worked',
    });
  });
});
