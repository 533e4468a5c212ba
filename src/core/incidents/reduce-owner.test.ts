import { describe, expect, it } from 'vitest';
import {
  addEvent,
  down,
  eventTypes,
  MINUTE,
  Scenario,
  setPhase,
  shopHttp,
  START,
  up,
} from './incident-scenario';

function openShopIncident(): Scenario {
  const story = new Scenario();
  story.apply(down(shopHttp, START));
  return story;
}

describe('owner inputs', () => {
  it('records phase changes, notes and copied messages on the timeline', () => {
    const story = openShopIncident();
    story.apply(setPhase('incident-1', START + MINUTE, 'investigating'));
    story.apply(addEvent('incident-1', START + 2 * MINUTE, 'message_copied', 'customers'));
    story.apply(setPhase('incident-1', START + 3 * MINUTE, 'identified'));
    story.apply(
      addEvent('incident-1', START + 4 * MINUTE, 'note', 'Called the hosting company, ticket 4711.'),
    );
    story.apply(addEvent('incident-1', START + 5 * MINUTE, 'action_tried', 'restart_router'));

    const incident = story.onlyOpen();
    expect(incident.phase).toBe('identified');
    expect(incident.updatedAt).toBe(START + 5 * MINUTE);
    expect(incident.timeline.slice(1)).toEqual([
      { at: START + MINUTE, type: 'phase_changed', phase: 'investigating' },
      { at: START + 2 * MINUTE, type: 'message_copied', text: 'customers' },
      { at: START + 3 * MINUTE, type: 'phase_changed', phase: 'identified' },
      { at: START + 4 * MINUTE, type: 'note', text: 'Called the hosting company, ticket 4711.' },
      { at: START + 5 * MINUTE, type: 'action_tried', text: 'restart_router' },
    ]);
    expect(story.notificationKinds()).toEqual(['down']);
  });

  it('changes nothing when the phase is set to the one it already has', () => {
    const story = openShopIncident();
    const result = story.apply(setPhase('incident-1', START + MINUTE, 'detected'));
    expect(result.changed).toEqual([]);
  });

  it('resolves at once with the note, and a later failure opens a new incident', () => {
    const story = openShopIncident();
    const result = story.apply({
      kind: 'resolve',
      at: START + 3 * MINUTE,
      incidentId: 'incident-1',
      note: '  Hosting company restarted the server.  ',
    });

    expect(story.open()).toEqual([]);
    expect(result.notifications).toEqual([]);
    expect(result.changed[0]?.incident).toMatchObject({ phase: 'resolved', resolvedAt: START + 3 * MINUTE });
    expect(result.changed[0]?.appended).toEqual([
      { at: START + 3 * MINUTE, type: 'resolved', text: 'Hosting company restarted the server.' },
    ]);

    story.apply(up(shopHttp, START + 4 * MINUTE));
    story.apply(down(shopHttp, START + 5 * MINUTE));
    expect(story.onlyOpen().id).toBe('incident-2');
    expect(story.notificationKinds()).toEqual(['down', 'down']);
  });

  it('resolves through set_phase without a note', () => {
    const story = openShopIncident();
    const result = story.apply(setPhase('incident-1', START + MINUTE, 'resolved'));
    expect(result.changed[0]?.appended).toEqual([{ at: START + MINUTE, type: 'resolved' }]);
    expect(story.open()).toEqual([]);
  });

  it('lets the owner set monitoring before the monitors recover; recovery then starts the countdown', () => {
    const story = openShopIncident();
    story.apply(setPhase('incident-1', START + MINUTE, 'monitoring'));
    story.apply({ kind: 'tick', at: START + 30 * MINUTE });
    expect(story.onlyOpen().phase).toBe('monitoring');

    story.apply(up(shopHttp, START + 31 * MINUTE));
    expect(eventTypes(story.onlyOpen()).slice(-1)).toEqual(['check_passed']);
    expect(story.notificationKinds()).toEqual(['down', 'recovered']);
    story.apply({ kind: 'tick', at: START + 41 * MINUTE });
    expect(story.open()).toEqual([]);
  });

  it('answers not_found and already_resolved instead of throwing, and leaves the book alone', () => {
    const story = openShopIncident();
    const bookBefore = story.book;
    expect(story.attempt(setPhase('nope', START + MINUTE, 'identified'))).toEqual({
      error: 'not_found',
    });
    expect(story.attempt(addEvent('nope', START + MINUTE, 'note', 'x'))).toEqual({ error: 'not_found' });
    expect(story.book).toBe(bookBefore);

    story.apply({ kind: 'resolve', at: START + 2 * MINUTE, incidentId: 'incident-1' });
    expect(story.attempt({ kind: 'resolve', at: START + 3 * MINUTE, incidentId: 'incident-1' })).toEqual({
      error: 'already_resolved',
    });
    expect(story.attempt(addEvent('incident-1', START + 3 * MINUTE, 'note', 'x'))).toEqual({
      error: 'already_resolved',
    });
    expect(story.attempt(setPhase('incident-1', START + 3 * MINUTE, 'monitoring'))).toEqual({
      error: 'already_resolved',
    });
  });

  it('answers already_resolved for an incident that resolved by itself just now', () => {
    const story = openShopIncident();
    story.apply(up(shopHttp, START + MINUTE));
    expect(story.attempt(addEvent('incident-1', START + 20 * MINUTE, 'note', 'x'))).toEqual({
      error: 'already_resolved',
    });
  });
});
