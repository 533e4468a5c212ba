import { describe, expect, it } from 'vitest';
import { describeCause } from '../../shared/diagnosis';
import { incidentsCatalogs } from '../../shared/i18n/cli-incidents';
import { pickCatalog } from '../../shared/i18n/interpolate';
import type { Locale } from '../../shared/locale';
import { createStyle } from '../output/style';
import { renderIncidentsHuman, renderIncidentsJson } from './incidents-report';
import type { NamedIncident } from './read-incidents';

const en: Locale = { language: 'en', formality: 'formal' };
const texts = pickCatalog(incidentsCatalogs, en);
const plain = createStyle(false);
// local times, so the expectations hold in every time zone
const lateEvening = new Date(2026, 10, 28, 23, 50, 0).getTime();
const pastMidnight = new Date(2026, 10, 29, 0, 10, 5).getTime();

const incident: NamedIncident = {
  id: 'i-1',
  groupKey: 'host:shop.example.nl',
  scope: 'site',
  monitorIds: ['m-1'],
  cause: 'connection_timeout',
  phase: 'monitoring',
  openedAt: lateEvening,
  updatedAt: pastMidnight,
  resolvedAt: null,
  details: {},
  timeline: [
    { at: lateEvening, type: 'detected', monitorId: 'm-1', cause: 'connection_timeout', text: 'Webshop' },
    { at: pastMidnight, type: 'check_passed', monitorId: 'm-1' },
  ],
  monitorNames: { 'm-1': 'Webshop' },
};

describe('renderIncidentsHuman', () => {
  it('dates a timeline line that falls on another day than the incident began', () => {
    const text = renderIncidentsHuman([incident], texts, en, plain, 50);
    const timeout = describeCause('connection_timeout', {}, en).title;
    expect(text.split('\n')).toEqual([
      '28 Nov 2026, 23:50 · Fixed, keeping an eye on it',
      `  Webshop: ${timeout}`,
      '  Affects: Webshop',
      `    23:50:00  Problem noticed: ${timeout}`,
      '    29 Nov 00:10:05  Webshop works again',
      '',
    ]);
  });

  it('says when the list stops at the limit and how to see everything', () => {
    const two = [incident, { ...incident, id: 'i-2' }];
    expect(renderIncidentsHuman(two, texts, en, plain, 2)).toContain(
      'These are the newest 2 incidents. Run with --all to see every one.',
    );
    expect(renderIncidentsHuman(two, texts, en, plain, 3)).not.toContain('--all');
    expect(renderIncidentsHuman(two, texts, en, plain, null)).not.toContain('--all');
  });
});

describe('renderIncidentsJson', () => {
  it('is one object with every incident as stored plus the monitor names', () => {
    expect(JSON.parse(renderIncidentsJson([incident]))).toEqual({ incidents: [incident] });
  });
});
