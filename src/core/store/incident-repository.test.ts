import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Incident, IncidentEvent } from '../../shared/incident';
import { openDatabase } from './database';
import { IncidentRepository } from './incident-repository';
import { MessageLogRepository } from './message-log-repository';
import { TempStore } from './store-test-helpers';

const store = new TempStore();
afterEach(() => store.cleanUp());

const T0 = Date.UTC(2026, 10, 28, 9, 0, 0);

function incident(id: string, overrides: Partial<Incident> = {}): Incident {
  return {
    id,
    groupKey: `host:${id}.example.nl`,
    scope: 'site',
    monitorIds: ['m1'],
    cause: 'connection_refused',
    phase: 'detected',
    openedAt: T0,
    updatedAt: T0,
    resolvedAt: null,
    details: { host: `${id}.example.nl`, port: 443 },
    timeline: [],
    ...overrides,
  };
}

const detected: IncidentEvent = {
  at: T0,
  type: 'detected',
  monitorId: 'm1',
  cause: 'connection_refused',
  details: { errorCode: 'ECONNREFUSED' },
};

describe('IncidentRepository', () => {
  it('lists when customers first heard, as the review counts it: team messages and other events do not', () => {
    const incidents = new IncidentRepository(store.open());
    const events: IncidentEvent[] = [
      detected,
      { at: T0 + 60_000, type: 'message_sent', text: 'We kijken ernaar', details: { channel: 'team_chat' } },
      { at: T0 + 120_000, type: 'note', text: 'Called the host' },
      { at: T0 + 180_000, type: 'message_copied', text: 'email', details: { channel: 'email' } },
      { at: T0 + 240_000, type: 'message_sent', text: 'Post', details: { channel: 'instagram_caption' } },
    ];
    const told = incident('told', { timeline: events });
    incidents.saveChanges([
      { incident: told, appended: events },
      { incident: incident('quiet', { openedAt: T0 - 1 }), appended: [detected] },
    ]);
    const listed = incidents.list({ includeResolved: true });
    expect(listed.map((summary) => [summary.id, summary.firstCustomerMessageAt])).toEqual([
      ['told', T0 + 180_000],
      ['quiet', null],
    ]);
    expect(incidents.get('told')).toEqual(told);
  });

  it('saves an incident with its events and reads it back exactly', () => {
    const incidents = new IncidentRepository(store.open());
    const events: IncidentEvent[] = [detected, { at: T0 + 5, type: 'note', text: 'Called the host' }];
    const saved = incident('shop', { timeline: events });
    incidents.saveChanges([{ incident: saved, appended: events }]);
    expect(incidents.get('shop')).toEqual(saved);
    expect(incidents.get('nothing')).toBeNull();
  });

  it('appends events on later saves without rewriting earlier ones, across a reopen', () => {
    const path = join(store.folder(), 'back-online.db');
    const first = openDatabase(path);
    const firstRepo = new IncidentRepository(first);
    firstRepo.saveChanges([{ incident: incident('shop'), appended: [detected] }]);
    const phase: IncidentEvent = { at: T0 + 60_000, type: 'phase_changed', phase: 'investigating' };
    firstRepo.saveChanges([
      { incident: incident('shop', { phase: 'investigating', updatedAt: T0 + 60_000 }), appended: [phase] },
    ]);
    first.close();

    const incidents = new IncidentRepository(store.open(path));
    const resolved: IncidentEvent = { at: T0 + 120_000, type: 'resolved' };
    // The reducer's incident may carry only recent events; the stored timeline still keeps them all.
    incidents.saveChanges([
      {
        incident: incident('shop', { phase: 'resolved', updatedAt: T0 + 120_000, resolvedAt: T0 + 120_000 }),
        appended: [resolved],
      },
    ]);

    const stored = incidents.get('shop');
    expect(stored?.timeline).toEqual([detected, phase, resolved]);
    expect(stored).toMatchObject({ phase: 'resolved', resolvedAt: T0 + 120_000, updatedAt: T0 + 120_000 });
  });

  it('orders the timeline by time, then by insertion for events at the same moment', () => {
    const incidents = new IncidentRepository(store.open());
    const late: IncidentEvent = { at: T0 + 10, type: 'check_failed', monitorId: 'm1' };
    const sameA: IncidentEvent = { at: T0 + 5, type: 'note', text: 'first' };
    const sameB: IncidentEvent = { at: T0 + 5, type: 'note', text: 'second' };
    incidents.saveChanges([{ incident: incident('shop'), appended: [late, sameA] }]);
    incidents.saveChanges([{ incident: incident('shop'), appended: [sameB, detected] }]);
    expect(incidents.get('shop')?.timeline).toEqual([detected, sameA, sameB, late]);
  });

  it('saves several changes atomically: one failing change stores none of them', () => {
    const db = store.open();
    const incidents = new IncidentRepository(db);
    const broken = { ...incident('broken'), cause: null } as unknown as Incident;
    expect(() =>
      incidents.saveChanges([
        { incident: incident('good'), appended: [detected] },
        { incident: broken, appended: [] },
      ]),
    ).toThrow();
    expect(incidents.get('good')).toBeNull();
    expect(db.connection.prepare('SELECT COUNT(*) AS n FROM incident_events').get()).toEqual({ n: 0 });
  });

  it('lists open incidents with timelines, and summaries newest first with event counts', () => {
    const incidents = new IncidentRepository(store.open());
    incidents.saveChanges([
      {
        incident: incident('old', { openedAt: T0 - 2000, resolvedAt: T0 - 1000, phase: 'resolved' }),
        appended: [detected],
      },
      {
        incident: incident('a', { openedAt: T0 }),
        appended: [detected, { at: T0 + 1, type: 'note', text: 'x' }],
      },
      { incident: incident('b', { openedAt: T0 + 1000, scope: 'offline', monitorIds: [] }), appended: [] },
    ]);

    expect(incidents.listOpen().map((open) => [open.id, open.timeline.length])).toEqual([
      ['a', 2],
      ['b', 0],
    ]);
    expect(incidents.list().map((summary) => summary.id)).toEqual(['b', 'a']);
    const all = incidents.list({ includeResolved: true });
    expect(all.map((summary) => [summary.id, summary.eventCount])).toEqual([
      ['b', 0],
      ['a', 2],
      ['old', 1],
    ]);
    expect(all[2]).not.toHaveProperty('timeline');
    expect(all[0]).toMatchObject({
      scope: 'offline',
      monitorIds: [],
      details: { host: 'b.example.nl', port: 443 },
    });
    expect(incidents.list({ includeResolved: true, limit: 1 }).map((summary) => summary.id)).toEqual(['b']);
  });
});

describe('MessageLogRepository', () => {
  it('appends messages to an incident and lists them in order', () => {
    const db = store.open();
    new IncidentRepository(db).saveChanges([{ incident: incident('shop'), appended: [] }]);
    const log = new MessageLogRepository(db);
    const base = { incidentId: 'shop', channel: 'email', language: 'nl' } as const;
    const second = log.append({
      ...base,
      at: T0 + 10,
      audience: 'customers',
      text: 'Onze webshop is even offline.',
    });
    const first = log.append({ ...base, at: T0, audience: 'team', text: 'De webshop ligt eruit.' });
    expect(log.listByIncident('shop')).toEqual([first, second]);
    expect(log.listByIncident('other')).toEqual([]);
    expect(() =>
      log.append({ ...base, incidentId: 'missing', at: T0, audience: 'team', text: 'x' }),
    ).toThrow();
  });
});
