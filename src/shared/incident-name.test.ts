import { describe, expect, it } from 'vitest';
import { incidentName } from './incident-name';
import type { Locale } from './locale';

const en: Locale = { language: 'en', formality: 'formal' };
const nl: Locale = { language: 'nl', formality: 'formal' };
const nlInformal: Locale = { language: 'nl', formality: 'informal' };
const names = new Map([
  ['m-1', 'Webshop'],
  ['m-2', 'Pinautomaat'],
  ['m-3', 'Kassa'],
]);

describe('incidentName', () => {
  it('names an incident by the names the owner gave its monitors, never by the host they share', () => {
    expect(incidentName({ scope: 'site', monitorIds: ['m-1'] }, names, en)).toBe('Webshop');
    expect(incidentName({ scope: 'local', monitorIds: ['m-2', 'm-3'] }, names, en)).toBe(
      'Pinautomaat and Kassa',
    );
    expect(incidentName({ scope: 'local', monitorIds: ['m-1', 'm-2', 'm-3'] }, names, nl)).toBe(
      'Webshop, Pinautomaat en Kassa',
    );
  });

  it('keeps the name a deleted monitor had in the timeline', () => {
    const incident = {
      scope: 'site' as const,
      monitorIds: ['m-9'],
      timeline: [{ at: 1, type: 'detected' as const, monitorId: 'm-9', text: 'Oude webshop' }],
    };
    expect(incidentName(incident, names, en)).toBe('Oude webshop');
    expect(incidentName({ scope: 'site', monitorIds: ['m-9'] }, names, en)).toBe('A check that was removed');
  });

  it('calls the offline incident the internet connection', () => {
    expect(incidentName({ scope: 'offline', monitorIds: [] }, names, nlInformal)).toBe(
      'Je internetverbinding',
    );
  });
});
