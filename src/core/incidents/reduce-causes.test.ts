import { describe, expect, it } from 'vitest';
import { CAUSE_CODES } from '../../shared/cause-codes';
import { CAUSE_PRECEDENCE, mostTellingCause, nextIncidentCause } from './cause-precedence';
import { normalizeHost } from './grouping';
import {
  down,
  eventTypes,
  MINUTE,
  Scenario,
  setPhase,
  shopCheckout,
  shopHttp,
  shopTls,
  START,
  up,
} from './incident-scenario';

describe('cause precedence', () => {
  it('ranks every cause code exactly once', () => {
    expect([...CAUSE_PRECEDENCE].sort()).toEqual([...CAUSE_CODES].sort());
  });

  it('prefers the failure earliest in the chain and never trades a known cause for unknown', () => {
    expect(mostTellingCause(['http_server_error', 'tls_expired', 'dns_not_found'])).toBe('dns_not_found');
    expect(mostTellingCause(['slow_response', 'connection_refused'])).toBe('connection_refused');
    expect(mostTellingCause([])).toBe('unknown');
    expect(nextIncidentCause('tls_expired', ['unknown'])).toBe('tls_expired');
    expect(nextIncidentCause('tls_expired', ['http_server_error'])).toBe('http_server_error');
  });

  it('compares host names without case, brackets, trailing dot or www', () => {
    expect(normalizeHost('WWW.Shop.Example.NL.')).toBe('shop.example.nl');
    expect(normalizeHost('[::1]')).toBe('::1');
  });
});

describe('cause changes', () => {
  it('records a cause_changed event and updates the incident when its monitor fails differently', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    const result = story.apply({
      kind: 'monitor_cause_changed',
      at: START + MINUTE,
      monitorId: 'shop-http',
      cause: 'tls_expired',
      details: { validTo: '2026-11-27' },
    });

    const incident = story.onlyOpen();
    expect(incident.cause).toBe('tls_expired');
    expect(incident.details).toEqual({ validTo: '2026-11-27' });
    expect(result.changed[0]?.appended).toEqual([
      {
        at: START + MINUTE,
        type: 'cause_changed',
        monitorId: 'shop-http',
        cause: 'tls_expired',
        details: { validTo: '2026-11-27' },
      },
    ]);
    expect(result.notifications).toEqual([]);
    expect(incident.phase).toBe('detected');
  });

  it('takes a confirmed down with a new cause as a cause change, not as a new failure', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply(down(shopHttp, START + MINUTE, { cause: 'connection_refused', details: {} }));
    expect(eventTypes(story.onlyOpen())).toEqual(['detected', 'cause_changed']);
    expect(story.onlyOpen().cause).toBe('connection_refused');
  });

  it('keeps the most telling cause while another monitor fails less seriously', () => {
    const story = new Scenario();
    story.apply(down(shopTls, START, { cause: 'tls_expired', details: { daysLeft: -1 } }));
    story.apply(down(shopHttp, START + MINUTE, { cause: 'http_server_error' }));
    story.apply({
      kind: 'monitor_cause_changed',
      at: START + 2 * MINUTE,
      monitorId: 'shop-http',
      cause: 'response_timeout',
      details: {},
    });

    const incident = story.onlyOpen();
    expect(incident.cause).toBe('tls_expired');
    expect(incident.details).toEqual({ target: 'tls://shop.example.nl', daysLeft: -1 });
    expect(incident.timeline.slice(-1)).toEqual([
      {
        at: START + 2 * MINUTE,
        type: 'check_failed',
        monitorId: 'shop-http',
        cause: 'response_timeout',
        details: {},
      },
    ]);
  });

  it('falls back to the cause of the monitors still failing when the most telling one recovers', () => {
    const story = new Scenario();
    story.apply(down(shopTls, START, { cause: 'tls_expired', details: {} }));
    story.apply(down(shopHttp, START + MINUTE, { cause: 'http_server_error', details: { statusCode: 502 } }));
    story.apply(up(shopTls, START + 2 * MINUTE));

    const incident = story.onlyOpen();
    expect(incident.cause).toBe('http_server_error');
    expect(incident.details).toEqual({ target: 'https://shop.example.nl', statusCode: 502 });
    expect(incident.timeline.slice(-1)).toEqual([
      {
        at: START + 2 * MINUTE,
        type: 'cause_changed',
        monitorId: 'shop-http',
        cause: 'http_server_error',
        details: { target: 'https://shop.example.nl', statusCode: 502 },
      },
    ]);
  });

  it('moves the incident to identified when an unknown diagnosis becomes specific', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START, { cause: 'unknown', details: {} }));
    story.apply(setPhase('incident-1', START + MINUTE, 'investigating'));
    story.apply({
      kind: 'monitor_cause_changed',
      at: START + 2 * MINUTE,
      monitorId: 'shop-http',
      cause: 'connection_refused',
      details: {},
    });

    expect(story.onlyOpen().phase).toBe('identified');
    expect(eventTypes(story.onlyOpen()).slice(-2)).toEqual(['cause_changed', 'phase_changed']);
  });

  it('does not identify an incident the owner already moved past investigating', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START, { cause: 'unknown', details: {} }));
    story.apply(setPhase('incident-1', START + MINUTE, 'monitoring'));
    story.apply(down(shopCheckout, START + 2 * MINUTE, { cause: 'http_server_error' }));
    expect(story.onlyOpen()).toMatchObject({ phase: 'monitoring', cause: 'http_server_error' });
  });

  it('ignores cause changes of monitors that are not failing', () => {
    const story = new Scenario();
    const result = story.apply({
      kind: 'monitor_cause_changed',
      at: START,
      monitorId: 'shop-http',
      cause: 'tls_expired',
      details: {},
    });
    expect(result.changed).toEqual([]);
  });
});

describe('removed monitors', () => {
  it('drops a removed monitor from its incident and resolves an incident left with none', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply(down(shopTls, START + MINUTE, { cause: 'tls_expired', details: {} }));
    story.apply({ kind: 'monitor_removed', at: START + 2 * MINUTE, monitorId: 'shop-tls' });

    const incident = story.onlyOpen();
    expect(incident.monitorIds).toEqual(['shop-http']);
    expect(incident.cause).toBe('http_server_error');

    const result = story.apply({ kind: 'monitor_removed', at: START + 3 * MINUTE, monitorId: 'shop-http' });
    expect(story.open()).toEqual([]);
    expect(result.changed[0]?.appended).toEqual([
      { at: START + 3 * MINUTE, type: 'resolved', monitorId: 'shop-http' },
    ]);
    expect(result.notifications).toEqual([]);
  });

  it('moves to monitoring without a notification when only working monitors remain', () => {
    const story = new Scenario();
    story.apply(down(shopHttp, START));
    story.apply(down(shopTls, START + MINUTE));
    story.apply(up(shopHttp, START + 2 * MINUTE));
    story.apply({ kind: 'monitor_removed', at: START + 3 * MINUTE, monitorId: 'shop-tls' });

    expect(story.onlyOpen().phase).toBe('monitoring');
    expect(story.notificationKinds()).toEqual(['down', 'joined']);
  });
});

describe('certificate reminders', () => {
  const expiring = (at: number, duringSnooze = false) =>
    ({
      kind: 'monitor_degraded',
      at,
      monitorId: 'shop-tls',
      cause: 'tls_expiring_soon',
      details: { daysLeft: 12 },
      duringSnooze,
    }) as const;

  it('reminds at most once a day per monitor and opens no incident', () => {
    const story = new Scenario();
    const first = story.apply(expiring(START));
    expect(first.notifications).toEqual([
      {
        kind: 'certificate_expiring',
        incidentId: null,
        monitorId: 'shop-tls',
        cause: 'tls_expiring_soon',
        details: { daysLeft: 12 },
        at: START,
      },
    ]);
    expect(story.apply(expiring(START + 6 * 60 * MINUTE)).notifications).toEqual([]);
    expect(story.apply(expiring(START + 24 * 60 * MINUTE - 1)).notifications).toEqual([]);
    expect(story.apply(expiring(START + 24 * 60 * MINUTE)).notifications).toHaveLength(1);
    expect(story.open()).toEqual([]);
  });

  it('stays quiet during a snooze and for other degradations', () => {
    const story = new Scenario();
    expect(story.apply(expiring(START, true)).notifications).toEqual([]);
    const slow = story.apply({
      kind: 'monitor_degraded',
      at: START,
      monitorId: 'shop-http',
      cause: 'slow_response',
      details: {},
      duringSnooze: false,
    });
    expect(slow.notifications).toEqual([]);
    expect(story.apply(expiring(START + MINUTE)).notifications).toHaveLength(1);
  });
});
