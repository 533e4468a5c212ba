import { describe, expect, it } from 'vitest';
import {
  down,
  eventTypes,
  MINUTE,
  Scenario,
  setPhase,
  shopHttp,
  shopTls,
  START,
  up,
} from './incident-scenario';
import { RECOVERY_WINDOW_MS } from './rules';

describe('recovery and auto-resolve', () => {
  it('moves to monitoring with one recovered notification when every monitor works again', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply(down(shopTls, START + MINUTE));

    const halfway = story.apply(up(shopHttp, START + 5 * MINUTE));
    expect(halfway.notifications).toEqual([]);
    expect(story.onlyOpen().phase).toBe('detected');

    const back = story.apply(up(shopTls, START + 6 * MINUTE));
    const incident = story.onlyOpen();
    expect(incident.phase).toBe('monitoring');
    expect(back.changed[0]?.appended).toEqual([
      { at: START + 6 * MINUTE, type: 'check_passed', monitorId: 'shop-tls' },
      { at: START + 6 * MINUTE, type: 'phase_changed', phase: 'monitoring' },
    ]);
    expect(back.notifications).toEqual([
      {
        kind: 'recovered',
        incidentId: incident.id,
        monitorId: 'shop-tls',
        cause: 'http_server_error',
        details: incident.details,
        at: START + 6 * MINUTE,
      },
    ]);
  });

  it('resolves ten minutes after recovery on a tick, dated when it became due, without a notification', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply(up(shopHttp, START + 2 * MINUTE));
    const recoveredAt = START + 2 * MINUTE;

    const early = story.apply({ kind: 'tick', at: recoveredAt + RECOVERY_WINDOW_MS - 1 });
    expect(early.changed).toEqual([]);
    expect(story.onlyOpen().phase).toBe('monitoring');

    const late = story.apply({ kind: 'tick', at: recoveredAt + RECOVERY_WINDOW_MS + 3 * MINUTE });
    expect(story.open()).toEqual([]);
    expect(late.notifications).toEqual([]);
    const resolved = late.changed[0]?.incident;
    expect(resolved).toMatchObject({ phase: 'resolved', resolvedAt: recoveredAt + RECOVERY_WINDOW_MS });
    expect(late.changed[0]?.appended).toEqual([{ at: recoveredAt + RECOVERY_WINDOW_MS, type: 'resolved' }]);
    expect(story.notificationKinds()).toEqual(['down', 'recovered']);
  });

  it('lets any later input resolve a due incident before handling itself', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply(up(shopHttp, START + MINUTE));

    const result = story.apply(down(shopHttp, START + MINUTE + RECOVERY_WINDOW_MS + MINUTE));
    expect(result.changed.map((change) => [change.incident.id, change.incident.phase])).toEqual([
      ['incident-1', 'resolved'],
      ['incident-2', 'detected'],
    ]);
    expect(story.notificationKinds()).toEqual(['down', 'recovered', 'down']);
  });

  it('opens a new incident when a monitor fails again after resolution', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply(up(shopHttp, START + MINUTE));
    story.apply({ kind: 'tick', at: START + MINUTE + RECOVERY_WINDOW_MS });
    story.apply(down(shopHttp, START + 2 * RECOVERY_WINDOW_MS));

    expect(story.onlyOpen().id).toBe('incident-2');
    expect(story.incident('incident-1').phase).toBe('resolved');
    expect(story.notificationKinds()).toEqual(['down', 'recovered', 'down']);
  });

  it('treats a monitor coming back degraded as recovered', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply({
      kind: 'monitor_degraded',
      at: START + MINUTE,
      monitorId: 'shop-http',
      cause: 'slow_response',
      details: { durationMs: 6000 },
      duringSnooze: false,
    });
    const incident = story.onlyOpen();
    expect(incident.phase).toBe('monitoring');
    expect(incident.timeline[1]).toEqual({
      at: START + MINUTE,
      type: 'check_passed',
      monitorId: 'shop-http',
      cause: 'slow_response',
      details: { durationMs: 6000 },
    });
    expect(story.notificationKinds()).toEqual(['down', 'recovered']);
  });

  it('keeps the recovered notification quiet when the site comes back during a snooze', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply({ kind: 'monitor_up', at: START + MINUTE, monitorId: 'shop-http', duringSnooze: true });

    expect(story.onlyOpen().phase).toBe('monitoring');
    expect(story.notificationKinds()).toEqual(['down']);
  });

  it('ignores recoveries of monitors that are in no incident or not failing', () => {
    const story = new Scenario();
    expect(story.apply(up(shopHttp, START)).changed).toEqual([]);
    story.apply(down(shopHttp, START));
    story.apply(up(shopHttp, START + MINUTE));
    expect(story.apply(up(shopHttp, START + 2 * MINUTE)).changed).toEqual([]);
  });
});

describe('flapping', () => {
  it('keeps down/up/down inside ten minutes as one incident with a flapped event and one down notification', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply(setPhase('incident-1', START + MINUTE, 'investigating'));
    story.apply(up(shopHttp, START + 2 * MINUTE));
    const flap = story.apply(down(shopHttp, START + 5 * MINUTE));

    const incident = story.onlyOpen();
    expect(incident.id).toBe('incident-1');
    expect(incident.phase).toBe('investigating');
    expect(flap.changed[0]?.appended.map((event) => [event.type, event.phase ?? event.monitorId])).toEqual([
      ['flapped', 'shop-http'],
      ['phase_changed', 'investigating'],
    ]);
    expect(flap.notifications).toEqual([]);
    expect(story.notificationKinds()).toEqual(['down', 'recovered']);

    story.apply(up(shopHttp, START + 6 * MINUTE));
    story.apply(down(shopHttp, START + 7 * MINUTE));
    story.apply(up(shopHttp, START + 8 * MINUTE));
    expect(eventTypes(story.onlyOpen()).filter((type) => type === 'flapped')).toHaveLength(2);
    expect(story.notificationKinds()).toEqual(['down', 'recovered']);
  });

  it('tells the owner once when a flap is still failing at the end of the window', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply(up(shopHttp, START + MINUTE));
    story.apply(down(shopHttp, START + 3 * MINUTE));
    const windowEnd = START + MINUTE + RECOVERY_WINDOW_MS;

    expect(story.apply({ kind: 'tick', at: windowEnd - 1 }).notifications).toEqual([]);
    const due = story.apply({ kind: 'tick', at: windowEnd + 30_000 });
    expect(due.changed[0]?.appended).toEqual([
      {
        at: windowEnd,
        type: 'check_failed',
        monitorId: 'shop-http',
        cause: 'http_server_error',
        details: { statusCode: 500, target: 'https://shop.example.nl' },
      },
    ]);
    expect(due.notifications.map((n) => [n.kind, n.at])).toEqual([['down', windowEnd]]);
    expect(story.apply({ kind: 'tick', at: windowEnd + 5 * MINUTE }).changed).toEqual([]);

    story.apply(up(shopHttp, windowEnd + 6 * MINUTE));
    expect(story.notificationKinds()).toEqual(['down', 'recovered', 'down', 'recovered']);
  });

  it('restarts the ten minutes on every recovery before resolving', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply(up(shopHttp, START + MINUTE));
    story.apply(down(shopHttp, START + 9 * MINUTE));
    story.apply(up(shopHttp, START + 10 * MINUTE));

    story.apply({ kind: 'tick', at: START + 19 * MINUTE });
    expect(story.onlyOpen().phase).toBe('monitoring');
    story.apply({ kind: 'tick', at: START + 20 * MINUTE });
    expect(story.open()).toEqual([]);
    expect(story.incident('incident-1').resolvedAt).toBe(START + 20 * MINUTE);
  });
});
