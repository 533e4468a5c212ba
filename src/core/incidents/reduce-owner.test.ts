import { describe, expect, it } from 'vitest';
import { down, eventTypes, MINUTE, Scenario, shopHttp, START, up } from './incident-scenario';

function openShopIncident(): Scenario {
  const story = new Scenario();
  story.apply(down(shopHttp, START));
  return story;
}

describe('owner inputs', () => {
  it('records phase changes, notes and copied messages on the timeline', () => {
    const story = openShopIncident();
    story.apply({ kind: 'set_phase', at: START + MINUTE, incidentId: 'incident-1', phase: 'investigating' });
    story.apply({
      kind: 'add_event',
      at: START + 2 * MINUTE,
      incidentId: 'incident-1',
      type: 'message_copied',
      text: 'customers',
    });
    story.apply({ kind: 'set_phase', at: START + 3 * MINUTE, incidentId: 'incident-1', phase: 'identified' });
    story.apply({
      kind: 'add_event',
      at: START + 4 * MINUTE,
      incidentId: 'incident-1',
      type: 'note',
      text: 'Called the hosting company, ticket 4711.',
    });
    story.apply({
      kind: 'add_event',
      at: START + 5 * MINUTE,
      incidentId: 'incident-1',
      type: 'action_tried',
      text: 'restart_router',
    });

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
    const result = story.apply({
      kind: 'set_phase',
      at: START + MINUTE,
      incidentId: 'incident-1',
      phase: 'detected',
    });
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
    const result = story.apply({
      kind: 'set_phase',
      at: START + MINUTE,
      incidentId: 'incident-1',
      phase: 'resolved',
    });
    expect(result.changed[0]?.appended).toEqual([{ at: START + MINUTE, type: 'resolved' }]);
    expect(story.open()).toEqual([]);
  });

  it('lets the owner set monitoring before the monitors recover; recovery then starts the countdown', () => {
    const story = openShopIncident();
    story.apply({ kind: 'set_phase', at: START + MINUTE, incidentId: 'incident-1', phase: 'monitoring' });
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
    expect(
      story.attempt({ kind: 'set_phase', at: START + MINUTE, incidentId: 'nope', phase: 'identified' }),
    ).toEqual({
      error: 'not_found',
    });
    expect(
      story.attempt({ kind: 'add_event', at: START + MINUTE, incidentId: 'nope', type: 'note', text: 'x' }),
    ).toEqual({ error: 'not_found' });
    expect(story.book).toBe(bookBefore);

    story.apply({ kind: 'resolve', at: START + 2 * MINUTE, incidentId: 'incident-1' });
    expect(story.attempt({ kind: 'resolve', at: START + 3 * MINUTE, incidentId: 'incident-1' })).toEqual({
      error: 'already_resolved',
    });
    expect(
      story.attempt({
        kind: 'add_event',
        at: START + 3 * MINUTE,
        incidentId: 'incident-1',
        type: 'note',
        text: 'x',
      }),
    ).toEqual({ error: 'already_resolved' });
    expect(
      story.attempt({
        kind: 'set_phase',
        at: START + 3 * MINUTE,
        incidentId: 'incident-1',
        phase: 'monitoring',
      }),
    ).toEqual({ error: 'already_resolved' });
  });

  it('answers already_resolved for an incident that resolved by itself just now', () => {
    const story = openShopIncident();
    story.apply(up(shopHttp, START + MINUTE));
    expect(
      story.attempt({
        kind: 'add_event',
        at: START + 20 * MINUTE,
        incidentId: 'incident-1',
        type: 'note',
        text: 'x',
      }),
    ).toEqual({ error: 'already_resolved' });
  });
});
