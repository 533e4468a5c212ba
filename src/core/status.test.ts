import { describe, expect, it } from 'vitest';
import { makeMonitor } from '../../test/support/scheduler-harness';
import { pinTimeZone } from '../../test/support/time-zone';
import type { MonitorState, MonitorStatus } from '../shared/app-state';
import type { CauseCode } from '../shared/cause-codes';
import type { Locale } from '../shared/locale';
import { computeStatus, type StatusContext } from './status';

pinTimeZone('Europe/Amsterdam');

// Saturday 28 November 2026, 15:00 in Amsterdam; 14:02 local is 13:02 UTC.
const now = Date.UTC(2026, 10, 28, 14, 0);
const at = (hours: number, minutes: number) => Date.UTC(2026, 10, 28, hours - 1, minutes);
const en: Locale = { language: 'en', formality: 'formal' };
const nl: Locale = { language: 'nl', formality: 'formal' };
const nlInformal: Locale = { language: 'nl', formality: 'informal' };

function state(
  name: string,
  status: MonitorStatus,
  cause: CauseCode = 'ok',
  extra: Partial<MonitorState> = {},
): MonitorState {
  return {
    monitor: makeMonitor(name, `https://${name}`),
    status,
    cause,
    since: at(14, 2),
    lastCheckedAt: now,
    lastResult: null,
    confirming: false,
    pausedReason: status === 'paused' ? 'maintenance' : null,
    ...extra,
  };
}

const context = (extra: Partial<StatusContext> = {}): StatusContext => ({
  offline: false,
  snoozedUntil: null,
  now,
  locale: en,
  ...extra,
});

const fine = (count: number) => Array.from({ length: count }, (_, i) => state(`site${i}.nl`, 'up'));

describe('overall status', () => {
  it('is ok when every check is fine, with no menu-bar title', () => {
    const summary = computeStatus(fine(5), context());
    expect(summary.overall).toBe('ok');
    expect(summary.counts).toEqual({ up: 5, degraded: 0, down: 0, unknown: 0, pending: 0, paused: 0 });
    expect(summary.tray).toEqual({ icon: 'ok', title: '', tooltip: 'All 5 checks fine' });
    expect(computeStatus(fine(1), context()).tray.tooltip).toBe('The check is fine');
    expect(computeStatus(fine(5), context({ locale: nl })).tray.tooltip).toBe('Alle 5 controles in orde');
  });

  it('counts unknown and pending as ok, but says it is still checking', () => {
    const states = [...fine(3), state('new.nl', 'pending', 'unknown'), state('odd.nl', 'unknown', 'unknown')];
    expect(computeStatus(states, context()).overall).toBe('ok');
    expect(computeStatus(states, context()).tray.tooltip).toBe('3 of 5 checks fine, checking the rest…');
    const starting = computeStatus([state('new.nl', 'pending', 'unknown')], context());
    expect(starting.tray).toEqual({ icon: 'ok', title: '', tooltip: 'Checking…' });
  });

  it('names a down monitor, since when and why', () => {
    const states = [...fine(2), state('shop.example.nl', 'down', 'http_server_error')];
    const summary = computeStatus(states, context());
    expect(summary.overall).toBe('down');
    expect(summary.tray).toEqual({
      icon: 'down',
      title: '1 down',
      tooltip: 'shop.example.nl down since 14:02 — server error',
    });
    const dutch = computeStatus(states, context({ locale: nl })).tray;
    expect(dutch.title).toBe('1 storing');
    expect(dutch.tooltip).toBe('shop.example.nl werkt niet sinds 14:02 — serverfout');
  });

  it('lists the longest outages first, then warnings, up to three, then "and N more"', () => {
    const states = [
      state('slow.nl', 'degraded', 'slow_response', { since: at(13, 0) }),
      state('b.nl', 'down', 'connection_refused', { since: at(14, 30) }),
      state('a.nl', 'down', 'dns_not_found', { since: at(9, 5) }),
      state('c.nl', 'down', 'tls_expired', { since: at(14, 45) }),
      state('d.nl', 'down', 'connection_timeout', { since: at(14, 50) }),
    ];
    const summary = computeStatus(states, context());
    expect(summary.tray.title).toBe('4 down');
    expect(summary.tray.tooltip.split('\n')).toEqual([
      'a.nl down since 09:05 — name not found',
      'b.nl down since 14:30 — connection refused',
      'and 3 more',
    ]);
    const dutch = computeStatus(states.slice(0, 4), context({ locale: nl })).tray;
    expect(dutch.title).toBe('3 storingen');
    expect(dutch.tooltip.split('\n').at(-1)).toMatch(/^en nog \d$/);
  });

  it('keeps the tooltip within the 127 characters Windows shows', () => {
    const longName = 'Webwinkel van Bakkerij de Vries en Zonen, vestiging Amsterdam-Noord, bestelpagina';
    const many = Array.from({ length: 6 }, (_, i) =>
      state(`${longName} ${i}`, 'down', 'tls_hostname_mismatch'),
    );
    for (const locale of [en, nl, nlInformal]) {
      for (const states of [many, many.slice(0, 1), [...fine(3), ...many.slice(0, 2)]]) {
        const tooltip = computeStatus(states, context({ locale, offline: true })).tray.tooltip;
        expect(tooltip.length).toBeLessThanOrEqual(127);
      }
    }
    const single = computeStatus([state(longName.repeat(2), 'down', 'http_server_error')], context()).tray;
    expect(single.tooltip.endsWith('…')).toBe(true);
  });

  it('shows the date of a problem that started on another day', () => {
    const states = [state('shop.nl', 'down', 'http_server_error', { since: Date.UTC(2026, 10, 27, 13, 2) })];
    expect(computeStatus(states, context()).tray.tooltip).toBe(
      'shop.nl down since 27 Nov 14:02 — server error',
    );
    expect(computeStatus(states, context({ locale: nl })).tray.tooltip).toBe(
      'shop.nl werkt niet sinds 27 nov 14:02 — serverfout',
    );
  });

  it('is degraded for warnings, titled "slow" only when slowness is all it is', () => {
    const slow = computeStatus([...fine(2), state('shop.nl', 'degraded', 'slow_response')], context());
    expect(slow.overall).toBe('degraded');
    expect(slow.tray).toEqual({ icon: 'degraded', title: 'slow', tooltip: 'shop.nl: slow since 14:02' });
    const certificate = computeStatus(
      [state('shop.nl', 'degraded', 'tls_expiring_soon')],
      context({ locale: nl }),
    );
    expect(certificate.tray.title).toBe('let op');
    expect(certificate.tray.tooltip).toBe('shop.nl: certificaat verloopt binnenkort sinds 14:02');
  });

  it('puts offline above everything, still listing local problems', () => {
    const states = [
      state('shop.nl', 'unknown', 'local_offline'),
      state('Boekhouding', 'down', 'process_not_running'),
    ];
    const summary = computeStatus(states, context({ offline: true }));
    expect(summary.overall).toBe('offline');
    expect(summary.tray.title).toBe('offline');
    expect(summary.tray.tooltip.split('\n')).toEqual([
      'You are offline — checks paused until your internet is back',
      'Boekhouding down since 14:02 — program not running',
    ]);
    expect(computeStatus(states.slice(0, 1), context({ offline: true, locale: nl })).tray.tooltip).toBe(
      'U bent offline — controles gepauzeerd tot uw internet terug is',
    );
    expect(
      computeStatus(states.slice(0, 1), context({ offline: true, locale: nlInformal })).tray.tooltip,
    ).toBe('Je bent offline — controles gepauzeerd tot je internet terug is');
  });

  it('is paused while snoozed, saying until when', () => {
    const snoozedUntil = at(15, 30);
    const summary = computeStatus(fine(2), context({ snoozedUntil }));
    expect(summary.overall).toBe('paused');
    expect(summary.tray).toEqual({
      icon: 'paused',
      title: 'snoozed',
      tooltip: 'All 2 checks fine\nAlerts snoozed until 15:30',
    });
    const tomorrow = computeStatus(
      fine(2),
      context({ snoozedUntil: Date.UTC(2026, 10, 29, 7, 0), locale: nl }),
    );
    expect(tomorrow.tray.tooltip.split('\n').at(-1)).toBe('Meldingen gedempt tot morgen 08:00');
    expect(tomorrow.tray.title).toBe('gedempt');
  });

  it('still shows down while snoozed, with the snooze mentioned', () => {
    const states = [state('shop.nl', 'down', 'http_server_error')];
    const summary = computeStatus(states, context({ snoozedUntil: at(15, 30) }));
    expect(summary.overall).toBe('down');
    expect(summary.tray.tooltip).toBe('shop.nl down since 14:02 — server error\nAlerts snoozed until 15:30');
  });

  it('ignores a snooze that has ended', () => {
    expect(computeStatus(fine(1), context({ snoozedUntil: at(14, 0) })).overall).toBe('ok');
  });

  it('is paused when every monitor is paused, and says why', () => {
    const maintenance = [state('a.nl', 'paused'), state('b.nl', 'paused')];
    expect(computeStatus(maintenance, context()).tray).toEqual({
      icon: 'paused',
      title: 'paused',
      tooltip: 'All checks paused for maintenance',
    });
    const disabled = maintenance.map((s) => ({ ...s, pausedReason: 'disabled' as const }));
    expect(computeStatus(disabled, context({ locale: nl })).tray.tooltip).toBe(
      'Alle controles uitgeschakeld',
    );
    const mixed = [maintenance[0]!, disabled[1]!];
    expect(computeStatus(mixed, context()).tray.tooltip).toBe('All checks paused');
  });

  it('mentions paused monitors next to fine ones without calling the whole thing paused', () => {
    const summary = computeStatus([...fine(3), state('a.nl', 'paused')], context());
    expect(summary.overall).toBe('ok');
    expect(summary.tray.tooltip).toBe('All 3 checks fine\n1 check paused');
  });

  it('says when nothing is set up yet', () => {
    expect(computeStatus([], context()).tray).toEqual({
      icon: 'ok',
      title: '',
      tooltip: 'No checks set up yet',
    });
    expect(computeStatus([], context({ locale: nl })).tray.tooltip).toBe('Nog geen controles ingesteld');
  });
});
