import { describe, expect, it } from 'vitest';
import { CHANNEL_AUDIENCE, CHANNEL_LIMITS, MESSAGE_CHANNELS } from './channels';
import { composeMessage } from './compose';
import { countLength } from './length';
import type { MessageVariables } from './message-types';
import { MESSAGE_PHASES, MESSAGE_TONES, MESSAGE_VOICES } from './message-types';
import { messagePackFor } from './packs';
import * as ownWording from './own-wording';

const everyday: MessageVariables = {
  businessName: 'Bakkerij De Zon',
  website: 'bakkerijdezon.nl',
  service: 'our web shop',
  startTime: '14:02',
  cause: 'a problem at our hosting company',
  resolvedTime: '15:10',
  technicalCause: 'Your website shows an error instead of your pages',
  technicalFacts: 'Webshop (https://bakkerijdezon.nl) — HTTP 503',
  expectedResolution: '16:00',
  followUpdates: 'https://status.bakkerijdezon.nl',
  nextUpdateTime: '14:32',
  workaround: 'order by phone on 010-123 45 67.',
  apology: 'Sorry! Your next order ships free.',
};

const LONG_URL = `https://www.bakkerij-en-banketbakkerij-de-gouden-zon.example.nl/${'nieuws/storing/'.repeat(4)}vandaag`;
const extreme: MessageVariables = {
  ...everyday,
  businessName: 'Brood- en Banketbakkerij De Gouden Zon van de Familie Jansen BV'.slice(0, 60),
  // A site is a domain name, however long; the long link is where customers follow the news.
  website: 'www.bakkerij-en-banketbakkerij-de-gouden-zon.example.nl',
  service: 'our online ordering and home delivery service for cakes and pies',
  followUpdates: LONG_URL,
  cause: 'a problem with the secure connection to our website',
  workaround:
    'come by the shop at Hoofdstraat 12, we are open until 18:00, or order by phone on 010-123 45 67.',
  apology: 'We are very sorry: everyone who ordered today gets a free apple pie with the next order.',
  technicalFacts: `Webshop (${LONG_URL}), Kassa (tcp://192.168.1.20:9100) — the server reports an internal error`,
};

/** Words that mean nothing to a customer; only the team's message may carry them. */
const TECHNICAL =
  /\b(server|dns|http|https?:\/\/\S*\s503|tls|ssl|certificate|certificaat|timeout|status code|statuscode|error code|foutcode|hosting server|ip)\b/i;

const combinations = MESSAGE_VOICES.flatMap((voice) =>
  MESSAGE_TONES.flatMap((tone) =>
    MESSAGE_PHASES.flatMap((phase) => MESSAGE_CHANNELS.map((channel) => ({ voice, tone, phase, channel }))),
  ),
);

describe('every template', () => {
  it.each([
    ['an everyday business', everyday],
    ['a 60-character name, a long web address and a long service name', extreme],
  ])(
    'renders in every voice, tone, phase and channel with no gap and within the limit, for %s',
    (_, variables) => {
      expect(combinations).toHaveLength(3 * 3 * 6 * 13);
      for (const request of combinations) {
        const label = `${request.voice}/${request.tone}/${request.phase}/${request.channel}`;
        const message = composeMessage({ ...request, variables });
        expect(message.missing, label).toEqual([]);
        expect(message.text, label).not.toMatch(/[{}]|\[[a-z ]+\]|undefined|null/);
        expect(message.overLimit, `${label}: ${message.length} > ${message.limit}\n${message.text}`).toBe(
          false,
        );
        expect(message.length).toBe(countLength(message.text, CHANNEL_LIMITS[request.channel].rule));
        if (request.channel === 'email') expect(message.subject, label).toBeTruthy();
        if (CHANNEL_AUDIENCE[request.channel] !== 'team') {
          expect(message.text.replace(variables.followUpdates ?? '', ''), label).not.toMatch(TECHNICAL);
        }
      }
    },
  );

  it('speaks to customers with "u" in formal Dutch and with "je" in informal Dutch', () => {
    for (const phase of MESSAGE_PHASES) {
      for (const tone of MESSAGE_TONES) {
        const formal = composeMessage({
          channel: 'phone_script',
          phase,
          tone,
          voice: 'nl',
          variables: everyday,
        });
        const informal = composeMessage({
          channel: 'phone_script',
          phase,
          tone,
          voice: 'nl_informal',
          variables: everyday,
        });
        expect(formal.text, `${phase}/${tone}`).not.toMatch(/\b(je|jij|jou|jouw)\b/i);
        expect(informal.text, `${phase}/${tone}`).not.toMatch(/\b(u|uw)\b/);
      }
    }
  });

  it('keeps the business name, the site and the start time in the first X post', () => {
    for (const voice of MESSAGE_VOICES) {
      const post = composeMessage({
        channel: 'x',
        phase: 'investigating',
        tone: 'calm',
        voice,
        variables: everyday,
      });
      expect(post.text).toContain('Bakkerij De Zon');
      expect(post.text).toContain('bakkerijdezon.nl');
      expect(post.text).toContain('14:02');
    }
  });
});

describe('rendering', () => {
  const post = (variables: MessageVariables) =>
    composeMessage({ channel: 'facebook', phase: 'investigating', tone: 'calm', voice: 'en', variables });

  it('names a missing fact in the text and in the list, never as {name}', () => {
    const { businessName: _, ...withoutName } = everyday;
    const message = composeMessage({
      channel: 'x',
      phase: 'investigating',
      tone: 'calm',
      voice: 'en',
      variables: withoutName,
    });
    expect(message.missing).toEqual(['businessName']);
    expect(message.text.startsWith('[your business name]: Since 14:02')).toBe(true);
    const dutch = composeMessage({
      channel: 'x',
      phase: 'investigating',
      tone: 'calm',
      voice: 'nl_informal',
      variables: withoutName,
    });
    expect(dutch.text.startsWith('[je bedrijfsnaam]: Sinds 14:02')).toBe(true);
  });

  it('leaves out a sentence whose optional fact is unknown, without leaving a trace', () => {
    const { workaround: _w, followUpdates: _f, ...rest } = everyday;
    const message = post(rest);
    expect(message.text).not.toContain('In the meantime');
    expect(message.text).not.toContain('Latest news');
    expect(message.text).not.toMatch(/ {2}|\n{3}|^\s|\s$/);
    expect(message.missing).toEqual([]);
  });

  it("fills in the owner's text as text: no markup, no second round of placeholders, no new lines", () => {
    const message = post({
      ...everyday,
      businessName: '<b>De Zon</b>',
      workaround: '<script>alert(1)</script> {businessName} &amp;\n\nnew paragraph\u202e',
    });
    expect(message.text).toContain(
      'In the meantime: <script>alert(1)</script> {businessName} &amp; new paragraph',
    );
    expect(message.text).not.toContain('\u202e');
    const x = composeMessage({
      channel: 'x',
      phase: 'investigating',
      tone: 'calm',
      voice: 'en',
      variables: { ...everyday, businessName: '<b>De Zon</b>' },
    });
    expect(x.text.startsWith('<b>De Zon</b>: ')).toBe(true);
  });

  it('starts a sentence that opens with the service with a capital', () => {
    const message = composeMessage({
      channel: 'facebook',
      phase: 'monitoring',
      tone: 'calm',
      voice: 'en',
      variables: everyday,
    });
    expect(message.text.startsWith('Our web shop (bakkerijdezon.nl) works again')).toBe(true);
  });

  it('drops optional sentences, last first, when the post is too long, and never cuts a word', () => {
    const long = { ...everyday, workaround: `${'call us '.repeat(14).trim()}.` };
    const full = composeMessage({
      channel: 'x',
      phase: 'investigating',
      tone: 'calm',
      voice: 'en',
      variables: { ...long, businessName: 'Zon' },
    });
    const squeezed = composeMessage({
      channel: 'x',
      phase: 'investigating',
      tone: 'calm',
      voice: 'en',
      variables: { ...long, businessName: 'Bakkerij De Zon '.repeat(3).trim() },
    });
    expect(squeezed.shortenedBy).toBeGreaterThan(0);
    expect(squeezed.length).toBeLessThanOrEqual(280);
    expect(squeezed.text).toContain('In the meantime');
    expect(squeezed.text).not.toContain('Latest news');
    // Whatever stays is whole sentences of the full text.
    for (const sentence of squeezed.text.split(/(?<=[.!?])\s/).slice(1))
      expect(full.text).toContain(sentence);
    expect(full.shortenedBy).toBeLessThan(squeezed.shortenedBy);
  });

  it('flags a text that stays too long instead of cutting it', () => {
    const message = composeMessage({
      channel: 'instagram_story',
      phase: 'investigating',
      tone: 'calm',
      voice: 'en',
      variables: { ...everyday, service: 'our '.concat('very '.repeat(30), 'long service') },
    });
    expect(message.overLimit).toBe(true);
    expect(message.text).toContain('long service is not working right now');
  });

  it("uses the owner's saved wording for that channel, phase and voice only", () => {
    const overrides = [
      {
        channel: 'x' as const,
        phase: 'investigating' as const,
        voice: 'en' as const,
        text: 'Oops, {service} is down.\nMeanwhile: {workaround}\n{apology}',
      },
    ];
    const own = composeMessage({
      channel: 'x',
      phase: 'investigating',
      tone: 'calm',
      voice: 'en',
      variables: { ...everyday, apology: '' },
      overrides,
    });
    expect(own.text).toBe('Oops, our web shop is down.\nMeanwhile: order by phone on 010-123 45 67.');
    const dutch = composeMessage({
      channel: 'x',
      phase: 'investigating',
      tone: 'calm',
      voice: 'nl',
      variables: everyday,
      overrides,
    });
    expect(dutch.text).toContain('Sinds 14:02');
  });

  it('has a public description for every cause group in every voice', () => {
    for (const voice of MESSAGE_VOICES) {
      for (const description of Object.values(messagePackFor(voice).causes))
        expect(description).not.toMatch(TECHNICAL);
    }
  });
});

describe("the owner's own wording", () => {
  it('puts every filled-in fact back as its placeholder, so the saved text stays right next time', () => {
    const { textAsTemplate } = ownWording;
    const text = 'Bakkerij De Zon: since 14:02 our web shop is down. Sorry, Bakkerij De Zon';
    expect(textAsTemplate(text, everyday)).toBe('{businessName}: since {startTime} {service} is down. Sorry, {businessName}');
  });
});
