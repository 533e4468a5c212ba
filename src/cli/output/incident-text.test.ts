import { describe, expect, it } from 'vitest';
import { describeCause } from '../../shared/diagnosis';
import { INCIDENT_EVENT_TYPES } from '../../shared/incident';
import type { IncidentEvent } from '../../shared/incident';
import type { Locale } from '../../shared/locale';
import { incidentEventText, incidentGroupLabel, monitorNamesOf } from './incident-text';

const en: Locale = { language: 'en', formality: 'formal' };
const nlInformal: Locale = { language: 'nl', formality: 'informal' };
const names = new Map([
  ['m-1', 'Webshop'],
  ['m-2', 'Kassa'],
]);

describe('incidentGroupLabel', () => {
  it('names the shared host, a lone monitor by name, or the internet connection', () => {
    expect(incidentGroupLabel({ groupKey: 'host:shop.example.nl', scope: 'site' }, names, en)).toBe(
      'shop.example.nl',
    );
    expect(incidentGroupLabel({ groupKey: 'local:192.168.1.20', scope: 'local' }, names, en)).toBe(
      '192.168.1.20',
    );
    expect(incidentGroupLabel({ groupKey: 'local:m-2', scope: 'local' }, names, en)).toBe('Kassa');
    expect(incidentGroupLabel({ groupKey: 'monitor:m-1', scope: 'site' }, names, en)).toBe('Webshop');
    expect(incidentGroupLabel({ groupKey: 'offline', scope: 'offline' }, names, nlInformal)).toBe(
      'Je internetverbinding',
    );
  });
});

describe('incidentEventText', () => {
  it('has words for every kind of event, in English and Dutch', () => {
    for (const locale of [en, nlInformal]) {
      for (const type of INCIDENT_EVENT_TYPES) {
        const text = incidentEventText(
          { at: 0, type, monitorId: 'm-1', cause: 'http_server_error', phase: 'identified', text: 'x' },
          names,
          locale,
        );
        expect(text, type).not.toMatch(/\{|\}|undefined/);
        expect(text.length, type).toBeGreaterThan(1);
      }
    }
  });

  it('tells who, what and why', () => {
    const title = describeCause('tls_expired', { daysLeft: -2 }, en).title;
    const event = (fields: Partial<IncidentEvent>): IncidentEvent => ({ at: 0, type: 'note', ...fields });
    expect(
      incidentEventText(
        event({ type: 'detected', monitorId: 'm-1', cause: 'tls_expired', details: { daysLeft: -2 } }),
        names,
        en,
      ),
    ).toBe(`Webshop is down — ${title}`);
    expect(incidentEventText(event({ type: 'check_passed' }), names, en)).toBe(
      'Your internet connection works again',
    );
    expect(
      incidentEventText(event({ type: 'check_passed', monitorId: 'm-1', cause: 'slow_response' }), names, en),
    ).toBe(`Webshop works again, but — ${describeCause('slow_response', {}, en).title}`);
    expect(incidentEventText(event({ type: 'check_passed', monitorId: 'gone' }), names, en)).toBe(
      'A check that was removed works again',
    );
    expect(incidentEventText(event({ type: 'phase_changed', phase: 'investigating' }), names, en)).toBe(
      'Phase: being looked into',
    );
    expect(incidentEventText(event({ type: 'resolved' }), names, en)).toBe('Solved');
    expect(incidentEventText(event({ type: 'resolved', text: 'Host fixed it' }), names, en)).toBe(
      'Solved: Host fixed it',
    );
    expect(incidentEventText(event({ type: 'resolved', monitorId: 'm-2' }), names, nlInformal)).toBe(
      'Gesloten: Kassa is verwijderd',
    );
  });
});

describe('monitorNamesOf', () => {
  it('keeps the name a timeline recorded for a monitor deleted since, and prefers today’s names', () => {
    const timeline: IncidentEvent[] = [
      { at: 0, type: 'detected', monitorId: 'm-1', text: 'Old shop name' },
      { at: 1, type: 'monitor_joined', monitorId: 'm-9', text: 'Deleted printer' },
      { at: 2, type: 'note', monitorId: 'm-8', text: 'not a name' },
    ];
    expect(Object.fromEntries(monitorNamesOf(timeline, names))).toEqual({
      'm-1': 'Webshop',
      'm-2': 'Kassa',
      'm-9': 'Deleted printer',
    });
  });
});
