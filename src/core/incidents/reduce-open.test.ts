import { describe, expect, it } from 'vitest';
import { emptyIncidentBook, incidentOfGroup } from './book';
import {
  blogHttp,
  down,
  eventTypes,
  localDatabase,
  MINUTE,
  printSpooler,
  Scenario,
  shopCheckout,
  shopHttp,
  shopTls,
  START,
  up,
} from './incident-scenario';
import { reduceIncidents } from './reduce';

describe('opening incidents', () => {
  it('opens one incident on a confirmed down, with a detected event and a down notification', () => {
    const story = new Scenario();
    const result = story.apply(
      down(shopHttp, START, { cause: 'http_server_error', details: { statusCode: 503 } }),
    );

    const incident = story.onlyOpen();
    expect(incident).toMatchObject({
      id: 'incident-1',
      groupKey: 'host:shop.example.nl',
      scope: 'site',
      monitorIds: ['shop-http'],
      cause: 'http_server_error',
      phase: 'detected',
      openedAt: START,
      updatedAt: START,
      resolvedAt: null,
      details: { statusCode: 503, target: 'https://shop.example.nl' },
    });
    expect(incident.timeline).toEqual([
      {
        at: START,
        type: 'detected',
        monitorId: 'shop-http',
        cause: 'http_server_error',
        details: { statusCode: 503, target: 'https://shop.example.nl' },
        text: 'Webshop',
      },
    ]);
    expect(result.changed).toEqual([{ incident, appended: incident.timeline }]);
    expect(result.notifications).toEqual([
      {
        kind: 'down',
        incidentId: 'incident-1',
        monitorId: 'shop-http',
        cause: 'http_server_error',
        details: { statusCode: 503, target: 'https://shop.example.nl' },
        at: START,
      },
    ]);
    expect(incidentOfGroup(story.book, 'host:shop.example.nl')?.id).toBe('incident-1');
  });

  it('makes one incident when three monitors of one host fail, naming each monitor that joins it', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply(down(shopTls, START + 20_000, { cause: 'connection_timeout', details: {} }));
    story.apply(down(shopCheckout, START + 40_000));

    const incident = story.onlyOpen();
    expect(incident.monitorIds).toEqual(['shop-http', 'shop-tls', 'shop-checkout']);
    expect(eventTypes(incident)).toEqual(['detected', 'monitor_joined', 'cause_changed', 'monitor_joined']);
    expect(incident.timeline[1]).toMatchObject({ monitorId: 'shop-tls', text: 'Webshop certificate' });
    expect(story.notifications.map((n) => [n.kind, n.monitorId, n.cause])).toEqual([
      ['down', 'shop-http', 'http_server_error'],
      // Each with its own diagnosis, though the incident's cause is now the certificate's timeout.
      ['joined', 'shop-tls', 'connection_timeout'],
      ['joined', 'shop-checkout', 'http_server_error'],
    ]);
  });

  it('keeps monitors on different hosts in separate incidents, each notified once', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply(down(blogHttp, START + MINUTE));

    expect(story.open().map((incident) => [incident.groupKey, incident.monitorIds])).toEqual([
      ['host:shop.example.nl', ['shop-http']],
      ['host:blog.example.org', ['blog-http']],
    ]);
    expect(story.notifications.map((n) => [n.kind, n.monitorId])).toEqual([
      ['down', 'shop-http'],
      ['down', 'blog-http'],
    ]);
  });

  it('gives local programs their own incidents and groups loopback services by host', () => {
    const story = new Scenario();
    story.apply(
      down(printSpooler, START, { cause: 'process_not_running', details: { processName: 'spoolsv' } }),
    );
    story.apply(down(localDatabase, START, { cause: 'connection_refused', details: {} }));
    story.apply(
      down(
        { ...localDatabase, monitorId: 'local-app', target: 'http://127.0.0.1:8080', monitorName: 'App' },
        START + MINUTE,
        { cause: 'connection_refused', details: {} },
      ),
    );

    expect(story.open().map((incident) => [incident.groupKey, incident.scope, incident.monitorIds])).toEqual([
      ['local:print-spooler', 'local', ['print-spooler']],
      ['local:127.0.0.1', 'local', ['local-db', 'local-app']],
    ]);
    expect(story.notificationKinds()).toEqual(['down', 'down', 'joined']);
  });

  it('ignores a repeated down of a monitor that is already failing for the same cause', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    const again = story.apply(down(shopHttp, START + MINUTE));

    expect(again.changed).toEqual([]);
    expect(again.notifications).toEqual([]);
    expect(eventTypes(story.onlyOpen())).toEqual(['detected']);
  });

  it('opens nothing and tells nothing during a snooze, but still records on an open incident', () => {
    const story = new Scenario();
    const snoozed = story.apply(down(shopHttp, START, { duringSnooze: true }));
    expect(snoozed.changed).toEqual([]);
    expect(snoozed.notifications).toEqual([]);
    expect(story.open()).toEqual([]);

    story.apply(down(blogHttp, START + MINUTE));
    story.apply(
      down({ ...blogHttp, monitorId: 'blog-dns', target: 'dns://blog.example.org' }, START + 2 * MINUTE, {
        cause: 'dns_failed',
        duringSnooze: true,
      }),
    );
    const blog = story.onlyOpen();
    expect(blog.monitorIds).toEqual(['blog-http', 'blog-dns']);
    expect(blog.cause).toBe('dns_failed');
    expect(story.notificationKinds()).toEqual(['down']);
  });

  it('tells nothing of a monitor that joins while the owner was last told all works again', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply(up(shopHttp, START + MINUTE));
    story.apply(down(shopTls, START + 2 * MINUTE, { cause: 'connection_timeout', details: {} }));
    expect(eventTypes(story.onlyOpen())).toContain('monitor_joined');
    expect(story.notificationKinds()).toEqual(['down', 'recovered']);
  });

  it('never changes the book it is given', () => {
    const book = emptyIncidentBook();
    const first = reduceIncidents(book, down(shopHttp, START), { newId: () => 'a' });
    if ('error' in first) throw new Error(first.error);
    const frozenTimeline = JSON.stringify(first.book.open.get('a'));
    reduceIncidents(first.book, down(shopTls, START + MINUTE), { newId: () => 'b' });

    expect(book.open.size).toBe(0);
    expect(JSON.stringify(first.book.open.get('a'))).toBe(frozenTimeline);
  });
});
