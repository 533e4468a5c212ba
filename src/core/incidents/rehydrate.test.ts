import { describe, expect, it } from 'vitest';
import type { Incident } from '../../shared/incident';
import {
  addEvent,
  blogHttp,
  down,
  MINUTE,
  printSpooler,
  Scenario,
  setPhase,
  shopCheckout,
  shopHttp,
  shopTls,
  START,
  up,
} from './incident-scenario';
import { rehydrate } from './rehydrate';
import { summarize } from './summarize';
import type { IncidentInput } from './types';

/** A day in the life: grouping, a flap that outlasts its window, offline, owner steps, resolution. */
const story: IncidentInput[] = [
  down(shopHttp, START),
  down(shopTls, START + MINUTE, { cause: 'tls_expired', details: { daysLeft: -2 } }),
  setPhase('incident-1', START + 2 * MINUTE, 'investigating'),
  addEvent('incident-1', START + 3 * MINUTE, 'message_copied', 'team'),
  down(printSpooler, START + 4 * MINUTE, { cause: 'process_not_running' }),
  up(shopTls, START + 5 * MINUTE),
  up(shopHttp, START + 6 * MINUTE),
  down(shopHttp, START + 8 * MINUTE, { cause: 'connection_refused' }),
  { kind: 'tick', at: START + 17 * MINUTE },
  { kind: 'offline', at: START + 18 * MINUTE },
  down(blogHttp, START + 19 * MINUTE),
  { kind: 'online', at: START + 20 * MINUTE },
  { kind: 'offline', at: START + 22 * MINUTE },
  { kind: 'online', at: START + 23 * MINUTE },
  down(shopCheckout, START + 24 * MINUTE),
  up(shopHttp, START + 25 * MINUTE),
  up(shopCheckout, START + 26 * MINUTE),
  up(printSpooler, START + 27 * MINUTE),
  { kind: 'tick', at: START + 34 * MINUTE },
  { kind: 'resolve', at: START + 35 * MINUTE, incidentId: 'incident-2', note: 'Restarted the spooler' },
  down(shopHttp, START + 36 * MINUTE),
  { kind: 'tick', at: START + 60 * MINUTE },
];

function stored(scenario: Scenario): Incident[] {
  return JSON.parse(JSON.stringify([...scenario.stored.values()])) as Incident[];
}

describe('rehydrate', () => {
  it('continues exactly as an uninterrupted book would, whatever moment the app restarts', () => {
    const uninterrupted = new Scenario();
    const results = story.map((input) => uninterrupted.apply(input));
    expect(uninterrupted.notificationKinds()).toEqual([
      'down',
      'joined',
      'down',
      'recovered',
      'down',
      'offline',
      'online',
      'joined',
      'recovered',
      'recovered',
      'down',
    ]);

    for (let restartAt = 1; restartAt < story.length; restartAt += 1) {
      const before = new Scenario();
      story.slice(0, restartAt).forEach((input) => before.apply(input));
      const restarted = Scenario.restoredFrom(stored(before));
      story.slice(restartAt).forEach((input, offset) => {
        const result = restarted.apply(input);
        const expected = results[restartAt + offset];
        expect(
          JSON.parse(JSON.stringify(result.changed)),
          `input ${restartAt + offset} after restart at ${restartAt}`,
        ).toEqual(JSON.parse(JSON.stringify(expected?.changed)));
        expect(result.notifications).toEqual(expected?.notifications);
      });
      expect(restarted.book.offline).toBe(uninterrupted.book.offline);
    }
  });

  it('keeps only open incidents open, remembers resolved ones, and restores the offline state', () => {
    const scenario = new Scenario();
    scenario.apply(down(shopHttp, START));
    scenario.apply({ kind: 'resolve', at: START + MINUTE, incidentId: 'incident-1' });
    scenario.apply({ kind: 'offline', at: START + 2 * MINUTE });

    const book = rehydrate(stored(scenario));
    expect([...book.open.keys()]).toEqual(['incident-2']);
    expect(book.offline).toBe(true);
    const restarted = Scenario.restoredFrom(stored(scenario));
    expect(restarted.attempt({ kind: 'resolve', at: START + 3 * MINUTE, incidentId: 'incident-1' })).toEqual({
      error: 'already_resolved',
    });
    expect(restarted.apply(down(blogHttp, START + 3 * MINUTE)).changed).toEqual([]);
  });
});

describe('summarize', () => {
  it('leaves out the timeline and counts its events', () => {
    const scenario = new Scenario();
    scenario.apply(down(shopHttp, START));
    scenario.apply(down(shopTls, START + MINUTE));
    const incident = scenario.onlyOpen();
    const { timeline, ...rest } = incident;

    expect(summarize(incident)).toEqual({
      ...rest,
      eventCount: timeline.length,
      firstCustomerMessageAt: null,
    });
    expect(summarize(incident)).not.toHaveProperty('timeline');
    expect(summarize(incident).eventCount).toBe(2);
  });

  it('says when customers first heard, from the timeline; a team message does not count', () => {
    const scenario = new Scenario();
    scenario.apply(down(shopHttp, START));
    const id = scenario.onlyOpen().id;
    const told = (channel: string, at: number) =>
      scenario.apply({
        kind: 'add_event',
        at,
        incidentId: id,
        type: 'message_sent',
        text: 'x',
        details: { channel },
      });
    told('team_chat', START + MINUTE);
    expect(summarize(scenario.onlyOpen()).firstCustomerMessageAt).toBeNull();
    told('website_banner', START + 3 * MINUTE);
    told('email', START + 4 * MINUTE);
    expect(summarize(scenario.onlyOpen()).firstCustomerMessageAt).toBe(START + 3 * MINUTE);
  });
});
