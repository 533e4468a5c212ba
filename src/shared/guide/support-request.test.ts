import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../check-result';
import { causeTitle } from '../incident-events';
import { BAKERY_T0, bakeryIncident, bakeryIncidentOpen } from '../../../test/support/guide-incidents';
import { pinTimeZone } from '../../../test/support/time-zone';
import { supportRequest, supportRequestMailto } from './support-request';

pinTimeZone('Europe/Amsterdam');

const names = new Map([
  ['m-shop', 'Webshop'],
  ['m-checkout', 'Checkout'],
]);
const en = { language: 'en', formality: 'formal' } as const;
const lastShopCheck: CheckResult = {
  kind: 'http',
  target: 'https://shop.example.nl/',
  status: 'down',
  cause: 'http_server_error',
  startedAt: BAKERY_T0 + 11 * 60_000,
  durationMs: 8_100,
  timings: { dns: 12, connect: 30, tls: 45, firstByte: 8_009, total: 8_100 },
  details: {},
};
const base = {
  names,
  lastResults: new Map([['m-shop', lastShopCheck]]),
  ownInternetWorks: true,
  contact: { name: 'Hostnet support', email: 'support@hostnet.example' },
  businessName: 'Bakkerij De Zon',
  now: BAKERY_T0 + 12 * 60_000,
};

describe('the prepared support request', () => {
  it('holds every technical fact, per affected monitor, and what was tried', () => {
    const incident = bakeryIncident();
    const cause = causeTitle('http_server_error', incident.details, en);
    const checkoutCause = causeTitle('http_server_error', incident.timeline[1]?.details, en);
    expect(checkoutCause).not.toBe(cause); // a 500 and a 503 read differently: each monitor keeps its own
    const request = supportRequest({ ...base, incident, locale: en });
    expect(request.subject).toBe(
      `Problem with Webshop and Checkout since 12 March 2026 at 14:02: ${cause.replace(/[.!?]+$/, '')}`,
    );
    expect(request.body.split('\n')).toEqual([
      'Hello Hostnet support,',
      '',
      'Since 12 March 2026 at 14:02 (12 minutes ago) we have a problem with Webshop and Checkout. Could you please help?',
      '',
      'What our monitoring (Back Online) sees:',
      'Webshop:',
      '- Address: https://shop.example.nl/',
      `- Problem: ${cause}`,
      '- Failing since: 12 March 2026 at 14:02',
      '- HTTP status code: 503',
      '- Timings of the last check: DNS 12 ms, connect 30 ms, TLS 45 ms, first byte 8 s, total 8.1 s',
      '- Server address (IP): 203.0.113.7',
      '',
      'Checkout:',
      '- Address: https://shop.example.nl/checkout',
      `- Problem: ${checkoutCause}`,
      '- Failing since: 12 March 2026 at 14:03',
      '- HTTP status code: 500',
      '',
      'Our own internet connection works, so the problem is not on our side of the line.',
      '',
      'What we already tried:',
      '- Restart the server or clear its cache — it did not help',
      '- Roll back the last plugin or theme update — it worked',
      '',
      'Could you look into this and let us know what is wrong and when it will work again?',
      '',
      'Kind regards,',
      'Bakkerij De Zon',
    ]);
  });

  it('names certificate and DNS facts, and says when nothing was tried yet', () => {
    const incident = bakeryIncidentOpen();
    const certificate = {
      target: 'https://shop.example.nl/',
      host: 'shop.example.nl',
      validFrom: '2025-03-01T00:00:00Z',
      validTo: '2026-03-11T23:59:59Z',
      issuer: "Let's Encrypt R11",
      addresses: '203.0.113.7, 2001:db8::7',
    };
    const expired = {
      ...incident,
      monitorIds: ['m-shop'],
      cause: 'tls_expired' as const,
      details: certificate,
      timeline: [
        {
          at: BAKERY_T0,
          type: 'detected' as const,
          monitorId: 'm-shop',
          cause: 'tls_expired' as const,
          text: 'Webshop',
          details: certificate,
        },
      ],
    };
    const nl = { language: 'nl', formality: 'informal' } as const;
    const body = supportRequest({
      ...base,
      incident: expired,
      contact: null,
      businessName: '',
      locale: nl,
    }).body.split('\n');
    expect(body[0]).toBe('Goedendag,');
    expect(body).toContain('- DNS-antwoord: 203.0.113.7, 2001:db8::7');
    expect(body).toContain('- Certificaat geldig van 1 maart 2025 tot 12 maart 2026');
    expect(body).toContain("- Certificaat uitgegeven door: Let's Encrypt R11");
    expect(body).not.toContain('Webshop:');
    expect(body.slice(-6)).toEqual([
      'Wat we al hebben geprobeerd:',
      'Nog niets.',
      '',
      'Wilt u uitzoeken wat er mis is en ons laten weten wanneer het weer werkt?',
      '',
      'Met vriendelijke groet,',
    ]);
  });

  it("adds the log's last lines below the signature only when the owner asks for them", () => {
    const incident = bakeryIncident();
    const plain = supportRequest({ ...base, incident, locale: en }).body;
    const withLog = supportRequest({
      ...base,
      incident,
      locale: en,
      logLines: ['[14:02:00.100] [warn] check failed webshop', '[14:03:00.200] [info] re-check'],
    }).body;
    expect(plain).not.toContain('log');
    expect(withLog.startsWith(plain)).toBe(true);
    expect(withLog.slice(plain.length).split('\n')).toEqual([
      '',
      '',
      '--',
      "The last lines of Back Online's log, for your technician:",
      '    [14:02:00.100] [warn] check failed webshop',
      '    [14:03:00.200] [info] re-check',
    ]);
    expect(supportRequest({ ...base, incident, locale: en, logLines: [] }).body).toBe(plain);
  });

  it('opens in the mail client with subject and body only, addressed to the contact', () => {
    const request = { subject: 'Webshop down', body: 'Hello,\nplease help & hurry' };
    const link = supportRequestMailto(request, { email: 'support@hostnet.example' });
    expect(link?.url).toMatch(/^mailto:support@hostnet\.example\?subject=Webshop%20down&body=Hello%2C/);
    const url = new URL(link?.url ?? '');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    expect(url.searchParams.get('body')).toBe('Hello,\r\nplease help & hurry');
    expect(supportRequestMailto(request, { email: 'x@y.example?cc=evil@z.example' })?.url).toMatch(
      /^mailto:\?subject=/,
    );
  });
});
