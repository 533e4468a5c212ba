import { describe, expect, it } from 'vitest';
import {
  blogHttp,
  down,
  eventTypes,
  MINUTE,
  printSpooler,
  Scenario,
  shopHttp,
  START,
  up,
} from './incident-scenario';
import { RECOVERY_WINDOW_MS } from './rules';

describe('the machine going offline', () => {
  it('opens one offline incident and tells the owner once', () => {
    const story = new Scenario();
    const result = story.apply({ kind: 'offline', at: START });

    const incident = story.onlyOpen();
    expect(incident).toMatchObject({
      groupKey: 'offline',
      scope: 'offline',
      monitorIds: [],
      cause: 'local_offline',
      phase: 'detected',
    });
    expect(incident.timeline).toEqual([{ at: START, type: 'detected', cause: 'local_offline', details: {} }]);
    expect(result.notifications).toEqual([
      {
        kind: 'offline',
        incidentId: incident.id,
        monitorId: null,
        cause: 'local_offline',
        details: {},
        at: START,
      },
    ]);
    expect(story.book.offline).toBe(true);
    expect(story.apply({ kind: 'offline', at: START + MINUTE }).changed).toEqual([]);
  });

  it('opens no site incident for remote failures while offline', () => {
    const story = new Scenario();
    story.apply({ kind: 'offline', at: START });
    const shop = story.apply(down(shopHttp, START + MINUTE, { cause: 'connection_timeout' }));
    const blog = story.apply(down(blogHttp, START + MINUTE, { cause: 'dns_failed' }));

    expect(shop.changed).toEqual([]);
    expect(blog.changed).toEqual([]);
    expect(story.open().map((incident) => incident.groupKey)).toEqual(['offline']);
    expect(story.notificationKinds()).toEqual(['offline']);
  });

  it('leaves a remote failure that blames the local connection to the offline incident', () => {
    const story = new Scenario();
    expect(story.apply(down(shopHttp, START, { cause: 'local_offline' })).changed).toEqual([]);
  });

  it('still opens a local incident for a local monitor while offline', () => {
    const story = new Scenario();
    story.apply({ kind: 'offline', at: START });
    story.apply(down(printSpooler, START + MINUTE, { cause: 'process_not_running' }));

    expect(story.open().map((incident) => [incident.groupKey, incident.scope])).toEqual([
      ['offline', 'offline'],
      ['local:print-spooler', 'local'],
    ]);
    expect(story.notificationKinds()).toEqual(['offline', 'down']);
  });

  it('says online again once, then resolves ten minutes later', () => {
    const story = new Scenario();
    story.apply({ kind: 'offline', at: START });
    const back = story.apply({ kind: 'online', at: START + 4 * MINUTE });

    expect(story.book.offline).toBe(false);
    expect(story.onlyOpen().phase).toBe('monitoring');
    expect(back.notifications).toEqual([
      {
        kind: 'online',
        incidentId: 'incident-1',
        monitorId: null,
        cause: 'local_offline',
        details: {},
        at: START + 4 * MINUTE,
      },
    ]);
    expect(story.apply({ kind: 'online', at: START + 5 * MINUTE }).changed).toEqual([]);

    story.apply({ kind: 'tick', at: START + 4 * MINUTE + RECOVERY_WINDOW_MS });
    expect(story.open()).toEqual([]);
    expect(story.notificationKinds()).toEqual(['offline', 'online']);
  });

  it('treats a connection that drops again within ten minutes as a flap of the same incident', () => {
    const story = new Scenario();
    story.apply({ kind: 'offline', at: START });
    story.apply({ kind: 'online', at: START + MINUTE });
    story.apply({ kind: 'offline', at: START + 2 * MINUTE });

    const incident = story.onlyOpen();
    expect(eventTypes(incident)).toEqual([
      'detected',
      'check_passed',
      'phase_changed',
      'flapped',
      'phase_changed',
    ]);
    expect(incident.phase).toBe('detected');
    expect(story.book.offline).toBe(true);
    expect(story.notificationKinds()).toEqual(['offline', 'online']);

    story.apply(down(shopHttp, START + 3 * MINUTE));
    expect(story.open()).toHaveLength(1);
  });

  it('records connectivity silently during a snooze', () => {
    const story = new Scenario();
    const result = story.apply({ kind: 'offline', at: START, duringSnooze: true });

    expect(result.changed).toEqual([]);
    expect(result.notifications).toEqual([]);
    expect(story.book.offline).toBe(true);
    expect(story.apply(down(shopHttp, START + MINUTE)).changed).toEqual([]);
    story.apply({ kind: 'online', at: START + 2 * MINUTE, duringSnooze: true });
    expect(story.book.offline).toBe(false);
    expect(story.apply(down(shopHttp, START + 3 * MINUTE)).notifications.map((n) => n.kind)).toEqual([
      'down',
    ]);
  });

  it('keeps an open site incident as it is while offline', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply({ kind: 'offline', at: START + MINUTE });
    const causeWhileOffline = story.apply({
      kind: 'monitor_cause_changed',
      at: START + 2 * MINUTE,
      monitorId: 'shop-http',
      cause: 'local_offline',
      details: {},
    });
    expect(causeWhileOffline.changed).toEqual([]);

    story.apply({ kind: 'online', at: START + 3 * MINUTE });
    story.apply(up(shopHttp, START + 4 * MINUTE));
    const site = story.open().find((incident) => incident.scope === 'site');
    expect(site?.cause).toBe('http_server_error');
    expect(site?.phase).toBe('monitoring');
  });
});
