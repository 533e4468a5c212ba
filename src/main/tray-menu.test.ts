import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { AppState, OverallStatus } from '../shared/app-state';
import { appState, incidentSummary, monitorState } from './testing/fake-service';
import type { TrayMenuActions } from './tray-menu';
import { buildTrayMenu, formatResumeTime, MAX_MONITOR_ITEMS } from './tray-menu';

const NOW = new Date(2026, 2, 10, 14, 0).getTime();

function actions() {
  return {
    openWindow: vi.fn<TrayMenuActions['openWindow']>(),
    checkAllNow: vi.fn<TrayMenuActions['checkAllNow']>(),
    snooze: vi.fn<TrayMenuActions['snooze']>(),
    resumeAlerts: vi.fn<TrayMenuActions['resumeAlerts']>(),
    setStartAtLogin: vi.fn<TrayMenuActions['setStartAtLogin']>(),
    installUpdate: vi.fn<TrayMenuActions['installUpdate']>(),
    quit: vi.fn<TrayMenuActions['quit']>(),
  } satisfies TrayMenuActions;
}

const labels = (menu: MenuItemConstructorOptions[]) =>
  menu.filter((item) => item.type !== 'separator').map((item) => item.label);

function item(menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = menu.find((entry) => entry.label === label);
  if (!found) throw new Error(`no menu item "${label}" in ${JSON.stringify(labels(menu))}`);
  return found;
}

function click(entry: MenuItemConstructorOptions, checked?: boolean) {
  (entry.click as (item: { checked: boolean }) => void)({ checked: checked ?? false });
}

const shop = monitorState('shop', 'Webshop', 'up');
const mail = monitorState('mail', 'Mail server', 'up');

/** One state per tray icon, as the service would report it. */
const STATES: Record<OverallStatus, AppState> = {
  ok: appState({ overall: 'ok', monitors: [shop, mail] }),
  degraded: appState({ overall: 'degraded', monitors: [{ ...shop, status: 'degraded' }, mail] }),
  down: appState({
    overall: 'down',
    monitors: [{ ...shop, status: 'down' }, mail],
    openIncidents: [incidentSummary('inc-1', ['shop'], NOW - 60_000)],
  }),
  offline: appState({
    overall: 'offline',
    offline: true,
    monitors: [
      { ...shop, status: 'unknown' },
      { ...mail, status: 'unknown' },
    ],
    openIncidents: [incidentSummary('inc-off', [], NOW - 30_000)],
  }),
  paused: appState({
    overall: 'paused',
    snoozedUntil: NOW + 15 * 60_000,
    monitors: [
      { ...shop, status: 'paused' },
      { ...mail, status: 'paused' },
    ],
  }),
};

const context = { startAtLogin: false, now: NOW, platform: 'linux' as const };

describe('buildTrayMenu', () => {
  it('lists every monitor with a symbol and a word for its state, worst first', () => {
    expect(labels(buildTrayMenu(STATES.ok, context, actions())).slice(2, 4)).toEqual([
      '✓ Mail server — Up',
      '✓ Webshop — Up',
    ]);
    expect(labels(buildTrayMenu(STATES.degraded, context, actions())).slice(2, 4)).toEqual([
      '! Webshop — Needs attention',
      '✓ Mail server — Up',
    ]);
    expect(labels(buildTrayMenu(STATES.down, context, actions())).slice(2, 4)).toEqual([
      '✕ Webshop — Down',
      '✓ Mail server — Up',
    ]);
    expect(labels(buildTrayMenu(STATES.offline, context, actions())).slice(2, 4)).toEqual([
      '? Mail server — Unknown',
      '? Webshop — Unknown',
    ]);
    expect(labels(buildTrayMenu(STATES.paused, context, actions())).slice(2, 4)).toEqual([
      '‖ Mail server — Paused',
      '‖ Webshop — Paused',
    ]);
  });

  it('offers the recovery guide only while something is down, offline or an incident is open', () => {
    const hasGuide = (state: AppState) =>
      labels(buildTrayMenu(state, context, actions())).includes('Open recovery guide');
    expect(hasGuide(STATES.ok)).toBe(false);
    expect(hasGuide(STATES.degraded)).toBe(false);
    expect(hasGuide(STATES.down)).toBe(true);
    expect(hasGuide(STATES.offline)).toBe(true);
    expect(hasGuide(STATES.paused)).toBe(false);
    expect(hasGuide(appState({ openIncidents: [incidentSummary('inc-9', ['shop'])] }))).toBe(true);
  });

  it('has the full menu in order when all is well', () => {
    expect(labels(buildTrayMenu(STATES.ok, context, actions()))).toEqual([
      'Open Back Online',
      'Watching',
      '✓ Mail server — Up',
      '✓ Webshop — Up',
      'Check all now',
      'Pause alerts',
      'Settings…',
      'Start at login',
      'Quit Back Online',
    ]);
  });

  it('opens the recovery guide at the newest open incident, and a monitor at its own incident', () => {
    const act = actions();
    const state = appState({
      overall: 'down',
      monitors: [{ ...shop, status: 'down' }, mail],
      openIncidents: [
        incidentSummary('older', ['mail'], NOW - 90_000),
        incidentSummary('newer', ['shop'], NOW - 5_000),
      ],
    });
    const menu = buildTrayMenu(state, context, act);
    click(item(menu, 'Open recovery guide'));
    expect(act.openWindow).toHaveBeenLastCalledWith({ page: 'incident', incidentId: 'newer' });
    click(item(menu, 'Write an update'));
    expect(act.openWindow).toHaveBeenLastCalledWith({
      page: 'incident',
      incidentId: 'newer',
      step: 'communicate',
    });
    expect(labels(buildTrayMenu(STATES.ok, context, act))).not.toContain('Write an update');
    click(item(menu, '✓ Mail server — Up'));
    expect(act.openWindow).toHaveBeenLastCalledWith({ page: 'incident', incidentId: 'older' });
    click(item(buildTrayMenu(STATES.ok, context, act), '✓ Webshop — Up'));
    expect(act.openWindow).toHaveBeenLastCalledWith({ page: 'home' });
  });

  it('wires every action item to its action', () => {
    const act = actions();
    const menu = buildTrayMenu(STATES.ok, context, act);
    click(item(menu, 'Open Back Online'));
    expect(act.openWindow).toHaveBeenLastCalledWith();
    click(item(menu, 'Check all now'));
    expect(act.checkAllNow).toHaveBeenCalledOnce();
    click(item(menu, 'Settings…'));
    expect(act.openWindow).toHaveBeenLastCalledWith({ page: 'settings' });
    click(item(menu, 'Start at login'), true);
    expect(act.setStartAtLogin).toHaveBeenLastCalledWith(true);
    click(item(menu, 'Quit Back Online'));
    expect(act.quit).toHaveBeenCalledOnce();

    const snooze = item(menu, 'Pause alerts').submenu as MenuItemConstructorOptions[];
    expect(labels(snooze)).toEqual(['For 15 minutes', 'For 1 hour', 'Until tomorrow']);
    snooze.forEach((entry) => click(entry));
    expect(act.snooze.mock.calls).toEqual([['15m'], ['1h'], ['tomorrow']]);
  });

  it('says until when alerts are paused and offers to resume them instead of pausing again', () => {
    const act = actions();
    const menu = buildTrayMenu(STATES.paused, context, act);
    const names = labels(menu);
    expect(names).not.toContain('Pause alerts');
    const until = item(menu, `Alerts paused until ${formatResumeTime(NOW + 15 * 60_000, NOW, 'en')}`);
    expect(until.enabled).toBe(false);
    click(item(menu, 'Resume alerts'));
    expect(act.resumeAlerts).toHaveBeenCalledOnce();
    const expired = buildTrayMenu({ ...STATES.paused, snoozedUntil: NOW - 1 }, context, act);
    expect(labels(expired)).toContain('Pause alerts');
  });

  it('shows the resume time, with the weekday when it is not today', () => {
    expect(formatResumeTime(new Date(2026, 2, 10, 14, 15).getTime(), NOW, 'en')).toBe('14:15');
    expect(formatResumeTime(new Date(2026, 2, 11, 9, 0).getTime(), NOW, 'nl')).toBe('woensdag 09:00');
  });

  it('reflects "Start at login" as a checkbox', () => {
    const on = item(
      buildTrayMenu(STATES.ok, { ...context, startAtLogin: true }, actions()),
      'Start at login',
    );
    expect(on).toMatchObject({ type: 'checkbox', checked: true });
  });

  it('speaks Dutch, formal and informal', () => {
    const nl = buildTrayMenu(
      { ...STATES.down, locale: { language: 'nl', formality: 'informal' } },
      context,
      actions(),
    );
    expect(labels(nl)).toEqual([
      'Back Online openen',
      'Bewaakt',
      '✕ Webshop — Plat',
      '✓ Mail server — Werkt',
      'Herstelplan openen',
      'Update schrijven',
      'Alles nu controleren',
      'Meldingen pauzeren',
      'Instellingen…',
      'Starten bij inloggen',
      'Back Online afsluiten',
    ]);
  });

  it('keeps a long monitor list short and escapes ampersands where menus read them as shortcuts', () => {
    const many = Array.from({ length: MAX_MONITOR_ITEMS + 3 }, (_, index) =>
      monitorState(`m${index}`, `Site ${String(index).padStart(2, '0')}`, 'up'),
    );
    const menu = buildTrayMenu(appState({ monitors: many }), context, actions());
    expect(labels(menu)).toContain('…and 3 more');
    expect(labels(menu).filter((label) => label?.startsWith('✓ '))).toHaveLength(MAX_MONITOR_ITEMS);

    const bakker = appState({ monitors: [monitorState('b', 'Bakker & Zn', 'up')] });
    expect(labels(buildTrayMenu(bakker, context, actions()))).toContain('✓ Bakker && Zn — Up');
    expect(labels(buildTrayMenu(bakker, { ...context, platform: 'darwin' }, actions()))).toContain(
      '✓ Bakker & Zn — Up',
    );
    expect(labels(buildTrayMenu(appState(), context, actions()))).toContain('Nothing is being watched yet');
  });
});

describe('"Restart to update" in the tray', () => {
  const ready = { phase: 'ready', version: '1.2.0' } as const;

  it('appears only once an update is downloaded, just above Quit', () => {
    for (const phase of ['idle', 'checking', 'downloading', 'error'] as const)
      expect(
        labels(buildTrayMenu(STATES.ok, { ...context, update: { phase, version: null } }, actions())),
      ).not.toContain('Restart to update');
    expect(labels(buildTrayMenu(STATES.ok, { ...context, update: ready }, actions())).slice(-2)).toEqual([
      'Restart to update',
      'Quit Back Online',
    ]);
  });

  it('says a question follows while a problem is open, and asks main to install either way', () => {
    const act = actions();
    const menu = buildTrayMenu(STATES.down, { ...context, update: ready }, act);
    click(item(menu, 'Restart to update…'));
    expect(act.installUpdate).toHaveBeenCalledTimes(1);
    expect(act.quit).not.toHaveBeenCalled();
  });

  it('speaks Dutch', () => {
    const dutch = { ...STATES.ok, locale: { language: 'nl', formality: 'informal' } } as const;
    expect(labels(buildTrayMenu(dutch, { ...context, update: ready }, actions()))).toContain(
      'Herstarten om bij te werken',
    );
  });
});
