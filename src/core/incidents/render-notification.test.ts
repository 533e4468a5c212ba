import { describe, expect, it } from 'vitest';
import { CAUSE_CODES } from '../../shared/cause-codes';
import { describeCause } from '../../shared/diagnosis';
import type { CheckDetails } from '../../shared/check-result';
import type { Locale } from '../../shared/locale';
import { START } from './incident-scenario';
import { renderNotification } from './render-notification';
import type { NotificationDraft } from './types';

const english: Locale = { language: 'en', formality: 'formal' };
const dutch: Locale = { language: 'nl', formality: 'formal' };
const dutchInformal: Locale = { language: 'nl', formality: 'informal' };
const locales = [english, dutch, dutchInformal];

function draft(
  kind: NotificationDraft['kind'],
  overrides: Partial<NotificationDraft> = {},
): NotificationDraft {
  return {
    kind,
    incidentId: kind === 'certificate_expiring' ? null : 'incident-1',
    monitorId: kind === 'offline' || kind === 'online' ? null : 'shop-http',
    cause: 'http_server_error',
    details: { host: 'shop.example.nl', statusCode: 503 },
    at: START,
    ...overrides,
  };
}

function expectClean(text: string): void {
  expect(text.trim()).not.toBe('');
  expect(text).not.toMatch(/[{}[\]]|undefined|null|NaN/);
  expect(text).not.toMatch(/\s{2,}|\.\./);
}

describe('renderNotification', () => {
  it('names the monitor and the cause when something goes down', () => {
    expect(renderNotification(draft('down'), 'Webshop', english)).toEqual({
      kind: 'down',
      incidentId: 'incident-1',
      monitorId: 'shop-http',
      title: 'Webshop is down',
      body: `${describeCause('http_server_error', draft('down').details, english).title}. Click to see what is going on and what to do.`,
      at: START,
    });
    expect(renderNotification(draft('down'), 'Webshop', dutch)).toMatchObject({
      title: 'Webshop werkt niet',
      body: expect.stringMatching(/wat u kunt doen\.$/),
    });
    expect(renderNotification(draft('down'), 'Webshop', dutchInformal).body).toMatch(/wat je kunt doen\.$/);
  });

  it('says a recovered site is back and that the incident closes by itself', () => {
    expect(renderNotification(draft('recovered'), 'Webshop', english)).toMatchObject({
      title: 'Webshop works again',
      body: 'Back Online keeps an eye on it for 10 more minutes, then closes the incident by itself.',
    });
    expect(renderNotification(draft('recovered'), 'Webshop', dutch).title).toBe('Webshop werkt weer');
  });

  it('speaks to the owner formally or informally about their connection', () => {
    const offline = draft('offline', { cause: 'local_offline', details: {} });
    expect(renderNotification(offline, null, english).title).toBe('No internet connection');
    expect(renderNotification(offline, null, dutch).body).toContain('kan uw websites niet controleren');
    expect(renderNotification(offline, null, dutchInformal).body).toContain(
      'kan je websites niet controleren',
    );
    const online = draft('online', { cause: 'local_offline', details: {} });
    expect(renderNotification(online, null, dutch)).toMatchObject({
      title: 'Internetverbinding hersteld',
      body: 'Back Online controleert uw websites weer.',
    });
    expect(renderNotification(online, null, dutchInformal).body).toBe(
      'Back Online controleert je websites weer.',
    );
  });

  it('counts down the days of an expiring certificate', () => {
    const days = (daysLeft: number | null) =>
      draft('certificate_expiring', { cause: 'tls_expiring_soon', details: { daysLeft } });
    expect(renderNotification(days(12), 'Webshop', english)).toMatchObject({
      incidentId: null,
      title: 'The security certificate of Webshop expires soon',
      body: 'It expires in 12 days. Ask your hosting company to renew it in time, so visitors do not see a warning.',
    });
    expect(renderNotification(days(1.7), 'Webshop', english).body).toMatch(/^It expires in 1 day\./);
    expect(renderNotification(days(0), 'Webshop', dutch).body).toMatch(/^Het verloopt vandaag\. Vraag uw /);
    expect(renderNotification(days(null), 'Webshop', dutchInformal).body).toMatch(
      /^Het verloopt binnenkort\. Vraag je /,
    );
    expect(renderNotification(days(30), 'Webshop', dutch).body).toMatch(/^Het verloopt over 30 dagen\./);
  });

  it('falls back to a general name when the monitor is gone', () => {
    expect(renderNotification(draft('down'), null, english).title).toBe('A monitored service is down');
    expect(renderNotification(draft('down'), '  ', dutch).title).toBe('Een bewaakte dienst werkt niet');
  });

  it('names the monitor that joins an open incident, with its own reason and the monitors it joins', () => {
    const joined = draft('joined', {
      monitorId: 'pin',
      cause: 'connection_refused',
      details: { port: 8443 },
    });
    const group = ['Webshop', 'Kassa', 'Pinautomaat'];
    const reason = (locale: Locale) =>
      describeCause('connection_refused', { port: 8443 }, locale).title.replace(/[.!?]+$/, '');
    expect(renderNotification(joined, 'Pinautomaat', english, group)).toMatchObject({
      kind: 'joined',
      monitorId: 'pin',
      title: 'Pinautomaat is down too',
      body: `${reason(english)}. It is part of the same problem as Webshop and Kassa: click to see what to do.`,
    });
    expect(renderNotification(joined, 'Pinautomaat', dutch, group)).toMatchObject({
      title: 'Pinautomaat werkt ook niet',
      body: `${reason(dutch)}. Het hoort bij hetzelfde probleem als Webshop en Kassa: klik om te zien wat u kunt doen.`,
    });
    expect(renderNotification(joined, 'Pinautomaat', dutchInformal, group).body).toMatch(
      /wat je kunt doen\.$/,
    );
    // Alone in its incident (the others were removed since), it reads as a plain "down".
    expect(renderNotification(joined, 'Pinautomaat', english, ['Pinautomaat']).title).toBe(
      'Pinautomaat is down',
    );
  });

  it('names every monitor of the incident when they all work again', () => {
    const group = ['Webshop', 'Pinautomaat'];
    expect(renderNotification(draft('recovered'), 'Pinautomaat', english, group)).toMatchObject({
      title: 'Webshop and Pinautomaat work again',
      body: 'Back Online keeps an eye on them for 10 more minutes, then closes the incident by itself.',
    });
    expect(renderNotification(draft('recovered'), 'Pinautomaat', dutch, group).title).toBe(
      'Webshop en Pinautomaat werken weer',
    );
    expect(renderNotification(draft('recovered'), 'Webshop', english, ['Webshop']).title).toBe(
      'Webshop works again',
    );
  });

  it('leaves no placeholder or gap in any kind, cause or language', () => {
    const kinds: NotificationDraft['kind'][] = [
      'down',
      'joined',
      'recovered',
      'offline',
      'online',
      'certificate_expiring',
    ];
    for (const locale of locales) {
      for (const kind of kinds) {
        for (const cause of CAUSE_CODES) {
          for (const details of [
            {},
            { host: 'shop.example.nl', daysLeft: 5, statusCode: 500 },
          ] as CheckDetails[]) {
            for (const group of [[], ['Webshop', 'Pinautomaat']]) {
              const { title, body } = renderNotification(
                draft(kind, { cause, details }),
                'Webshop',
                locale,
                group,
              );
              expectClean(title);
              expectClean(body);
            }
          }
        }
      }
    }
  });
});
