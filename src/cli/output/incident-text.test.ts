import { describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/locale';
import { incidentGroupLabel } from './incident-text';

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
