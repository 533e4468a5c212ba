import { describe, expect, it } from 'vitest';
import { describeCause } from './diagnosis';
import { INCIDENT_EVENT_TYPES, INCIDENT_PHASES } from './incident';
import type { IncidentEvent } from './incident';
import { describeIncidentEvent, incidentMonitorNames, incidentPhaseName } from './incident-events';
import type { Locale } from './locale';

const en: Locale = { language: 'en', formality: 'formal' };
const nl: Locale = { language: 'nl', formality: 'formal' };
const nlInformal: Locale = { language: 'nl', formality: 'informal' };
const names = new Map([
  ['m-1', 'Webshop'],
  ['m-2', 'Kassa'],
]);
const event = (fields: Partial<IncidentEvent>): IncidentEvent => ({ at: 0, type: 'note', ...fields });

describe('describeIncidentEvent', () => {
  it('has words for every kind of event and phase, in English, formal and informal Dutch', () => {
    for (const locale of [en, nl, nlInformal]) {
      for (const type of INCIDENT_EVENT_TYPES) {
        for (const phase of INCIDENT_PHASES) {
          const text = describeIncidentEvent(
            { at: 0, type, monitorId: 'm-1', cause: 'http_server_error', phase, text: 'x' },
            names,
            locale,
          );
          expect(text, type).not.toMatch(/\{|\}|undefined|_/);
          expect(text.length, type).toBeGreaterThan(1);
        }
      }
    }
  });

  it('tells who, what and why', () => {
    const expired = describeCause('tls_expired', { daysLeft: -2 }, en).title;
    const refused = describeCause('connection_refused', { port: 443 }, en).title;
    const slow = describeCause('slow_response', {}, en).title;
    const describe = (fields: Partial<IncidentEvent>) => describeIncidentEvent(event(fields), names, en);
    expect(
      describe({ type: 'detected', monitorId: 'm-1', cause: 'tls_expired', details: { daysLeft: -2 } }),
    ).toBe(`Problem noticed: ${expired}`);
    expect(describe({ type: 'monitor_joined', monitorId: 'm-2', cause: 'tls_expired' })).toBe(
      'Kassa also affected',
    );
    expect(describe({ type: 'cause_changed', cause: 'connection_refused', details: { port: 443 } })).toBe(
      `New diagnosis: ${refused}`,
    );
    expect(describe({ type: 'check_failed', monitorId: 'm-1', cause: 'connection_refused' })).toBe(
      `Webshop still does not work: ${describeCause('connection_refused', {}, en).title}`,
    );
    expect(describe({ type: 'check_passed' })).toBe('Your internet connection works again');
    expect(describe({ type: 'check_passed', monitorId: 'm-1', cause: 'ok' })).toBe('Webshop works again');
    expect(describe({ type: 'check_passed', monitorId: 'm-1', cause: 'slow_response' })).toBe(
      `Webshop works again, but: ${slow}`,
    );
    expect(describe({ type: 'check_passed', monitorId: 'gone' })).toBe(
      'A check that was removed works again',
    );
    expect(describe({ type: 'flapped', monitorId: 'm-2', cause: 'http_server_error' })).toBe(
      'Kassa went down again shortly after recovering',
    );
    expect(describe({ type: 'phase_changed', phase: 'investigating' })).toBe('Status: Being looked into');
    expect(describe({ type: 'message_copied', text: 'For your team' })).toBe('Message copied: For your team');
    expect(describe({ type: 'message_sent', text: 'E-mail' })).toBe('Message sent: E-mail');
    expect(
      describe({
        type: 'message_sent',
        text: 'We are down.',
        details: { channel: 'x', phase: 'investigating' },
      }),
    ).toBe('Message sent (X): We are down.');
    expect(
      describe({
        type: 'message_sent',
        text: 'We are down.',
        details: { channel: 'instagram_caption', phase: 'investigating', fromPhone: true },
      }),
    ).toBe('Message sent from the phone (Instagram post): We are down.');
    expect(
      describe({ type: 'message_copied', text: 'X post', details: { channel: 'x', fromPhone: true } }),
    ).toBe('Sent to the phone as a QR code: X post');
    expect(describe({ type: 'action_tried', text: 'Restarted the router' })).toBe(
      'Tried: Restarted the router',
    );
    expect(describe({ type: 'note', text: 'Called the host' })).toBe('Note: Called the host');
    expect(describe({ type: 'resolved' })).toBe('Solved');
    expect(describe({ type: 'resolved', text: 'Host fixed it' })).toBe('Solved: Host fixed it');
    expect(describe({ type: 'resolved', monitorId: 'm-2' })).toBe('Closed because Kassa was removed');
  });

  it('speaks formal and informal Dutch', () => {
    const serverError = describeCause('http_server_error', {}, nl).title;
    expect(describeIncidentEvent(event({ type: 'detected', cause: 'http_server_error' }), names, nl)).toBe(
      `Probleem opgemerkt: ${serverError}`,
    );
    expect(describeIncidentEvent(event({ type: 'monitor_joined', monitorId: 'm-2' }), names, nl)).toBe(
      'Ook Kassa heeft hier last van',
    );
    expect(describeIncidentEvent(event({ type: 'phase_changed', phase: 'monitoring' }), names, nl)).toBe(
      'Stand van zaken: Verholpen, wordt in de gaten gehouden',
    );
    expect(describeIncidentEvent(event({ type: 'check_passed' }), names, nl)).toBe(
      'Uw internetverbinding werkt weer',
    );
    expect(describeIncidentEvent(event({ type: 'check_passed' }), names, nlInformal)).toBe(
      'Je internetverbinding werkt weer',
    );
    expect(describeIncidentEvent(event({ type: 'resolved', monitorId: 'm-2' }), names, nlInformal)).toBe(
      'Gesloten omdat Kassa is verwijderd',
    );
  });

  it("falls back on the incident's own diagnosis for an event that carries no cause", () => {
    const incident = { cause: 'dns_not_found' as const, details: { host: 'shop.example.nl' } };
    const title = describeCause('dns_not_found', { host: 'shop.example.nl' }, en).title;
    expect(describeIncidentEvent(event({ type: 'detected' }), names, en, incident)).toBe(
      `Problem noticed: ${title}`,
    );
    expect(
      describeIncidentEvent(event({ type: 'detected', cause: 'http_server_error' }), names, en, incident),
    ).toBe(`Problem noticed: ${describeCause('http_server_error', {}, en).title}`);
  });
});

describe('incidentPhaseName', () => {
  it('names each phase the way the timeline and the window say it', () => {
    expect(incidentPhaseName('identified', en)).toBe('Cause found');
    expect(incidentPhaseName('identified', nlInformal)).toBe('Oorzaak gevonden');
  });
});

describe('incidentMonitorNames', () => {
  it('keeps the name a timeline recorded for a monitor deleted since, and prefers the live names', () => {
    const timeline: IncidentEvent[] = [
      { at: 0, type: 'detected', monitorId: 'm-1', text: 'Old shop name' },
      { at: 1, type: 'monitor_joined', monitorId: 'm-9', text: 'Deleted printer' },
      { at: 2, type: 'monitor_joined', monitorId: 'm-7', text: '' },
      { at: 3, type: 'note', monitorId: 'm-8', text: 'not a name' },
    ];
    expect(Object.fromEntries(incidentMonitorNames({ timeline }, names))).toEqual({
      'm-1': 'Webshop',
      'm-2': 'Kassa',
      'm-9': 'Deleted printer',
    });
    expect(Object.fromEntries(incidentMonitorNames({ timeline }))).toEqual({
      'm-1': 'Old shop name',
      'm-9': 'Deleted printer',
    });
  });
});
