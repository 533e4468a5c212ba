import type { MenuItemConstructorOptions } from 'electron';
import type { SnoozeDuration } from '../shared/api-contract';
import type { AppState, MonitorState, MonitorStatus } from '../shared/app-state';
import { composerTexts } from '../shared/i18n/composer';
import { interpolate, pickCatalog } from '../shared/i18n/interpolate';
import type { TrayMenuTexts } from '../shared/i18n/tray-menu';
import { trayMenuCatalogs } from '../shared/i18n/tray-menu';
import { updateCatalogs } from '../shared/i18n/updates';
import type { Language } from '../shared/locale';
import { intlLocaleTag } from '../shared/locale';
import type { UpdateStatus } from '../shared/update-status';
import type { WindowRoute } from '../shared/window-route';

export interface TrayMenuActions {
  openWindow(route?: WindowRoute): void;
  checkAllNow(): void;
  snooze(duration: SnoozeDuration): void;
  resumeAlerts(): void;
  setStartAtLogin(enabled: boolean): void;
  /** "Restart to update": main restarts into the downloaded update, asking first while a problem is open. */
  installUpdate(): void;
  quit(): void;
}

export interface TrayMenuContext {
  startAtLogin: boolean;
  now: number;
  platform: NodeJS.Platform;
  /** The desktop's own update; "Restart to update" appears once one is downloaded. */
  update?: UpdateStatus;
}

/** A monitor's state in the menu is a symbol plus a word, so it never depends on colour. */
const STATUS_SYMBOLS: Record<MonitorStatus, string> = {
  down: '✕',
  degraded: '!',
  unknown: '?',
  pending: '…',
  paused: '‖',
  up: '✓',
};

const WORST_FIRST = Object.keys(STATUS_SYMBOLS) as MonitorStatus[];
export const MAX_MONITOR_ITEMS = 15;

const SNOOZE_CHOICES: [SnoozeDuration, 'snoozeFor15Minutes' | 'snoozeFor1Hour' | 'snoozeUntilTomorrow'][] = [
  ['15m', 'snoozeFor15Minutes'],
  ['1h', 'snoozeFor1Hour'],
  ['tomorrow', 'snoozeUntilTomorrow'],
];

/** Windows and Linux menus read `&` as a keyboard-shortcut marker; a monitor called "Bakker & Zn" must not lose it. */
function menuText(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text : text.replaceAll('&', '&&');
}

export function formatResumeTime(until: number, now: number, language: Language): string {
  const tag = intlLocaleTag(language);
  const sameDay = new Date(until).toDateString() === new Date(now).toDateString();
  return new Intl.DateTimeFormat(tag, {
    hour: '2-digit',
    minute: '2-digit',
    ...(sameDay ? {} : { weekday: 'long' as const }),
  }).format(until);
}

function incidentFor(state: AppState, monitorId: string): string | null {
  return state.openIncidents.find((incident) => incident.monitorIds.includes(monitorId))?.id ?? null;
}

function latestIncident(state: AppState): string | null {
  const newest = [...state.openIncidents].sort((a, b) => b.openedAt - a.openedAt)[0];
  return newest?.id ?? null;
}

function monitorItems(
  state: AppState,
  texts: TrayMenuTexts,
  platform: NodeJS.Platform,
  actions: TrayMenuActions,
): MenuItemConstructorOptions[] {
  if (state.monitors.length === 0) return [{ label: texts.noMonitors, enabled: false }];
  const sorted = [...state.monitors].sort(
    (a, b) =>
      WORST_FIRST.indexOf(a.status) - WORST_FIRST.indexOf(b.status) ||
      a.monitor.name.localeCompare(b.monitor.name),
  );
  const items = sorted.slice(0, MAX_MONITOR_ITEMS).map((entry: MonitorState): MenuItemConstructorOptions => {
    const incidentId = incidentFor(state, entry.monitor.id);
    return {
      label: `${STATUS_SYMBOLS[entry.status]} ${menuText(entry.monitor.name, platform)} — ${texts.status[entry.status]}`,
      click: () => actions.openWindow(incidentId ? { page: 'incident', incidentId } : { page: 'home' }),
    };
  });
  const hidden = sorted.length - items.length;
  if (hidden > 0) {
    items.push({
      label: interpolate(texts.moreMonitors, { count: hidden }),
      click: () => actions.openWindow({ page: 'home' }),
    });
  }
  return items;
}

/** Offered only once an update is downloaded; with a problem open, the click asks before restarting. */
function updateItems(
  state: AppState,
  context: TrayMenuContext,
  actions: TrayMenuActions,
): MenuItemConstructorOptions[] {
  if (context.update?.phase !== 'ready') return [];
  const texts = pickCatalog(updateCatalogs, state.locale).tray;
  const label = state.openIncidents.length > 0 ? texts.restartAsks : texts.restart;
  return [{ label, click: () => actions.installUpdate() }];
}

function alertItems(
  state: AppState,
  texts: TrayMenuTexts,
  now: number,
  actions: TrayMenuActions,
): MenuItemConstructorOptions[] {
  if (state.snoozedUntil !== null && state.snoozedUntil > now) {
    const time = formatResumeTime(state.snoozedUntil, now, state.locale.language);
    return [
      { label: interpolate(texts.snoozedUntil, { time }), enabled: false },
      { label: texts.resumeAlerts, click: () => actions.resumeAlerts() },
    ];
  }
  return [
    {
      label: texts.snooze,
      submenu: SNOOZE_CHOICES.map(([duration, text]) => ({
        label: texts[text],
        click: () => actions.snooze(duration),
      })),
    },
  ];
}

/**
 * The tray menu for a state. Pure: the tray adapter compares the JSON of the result (functions drop out)
 * to rebuild the native menu only when something visible changed.
 */
export function buildTrayMenu(
  state: AppState,
  context: TrayMenuContext,
  actions: TrayMenuActions,
): MenuItemConstructorOptions[] {
  const texts = pickCatalog(trayMenuCatalogs, state.locale);
  const guideIncident = latestIncident(state);
  const somethingDown = state.counts.down > 0 || state.offline || guideIncident !== null;
  return [
    { label: texts.openWindow, click: () => actions.openWindow() },
    { type: 'separator' },
    { label: texts.monitorsHeading, enabled: false },
    ...monitorItems(state, texts, context.platform, actions),
    { type: 'separator' },
    ...(somethingDown
      ? [
          {
            label: texts.openRecoveryGuide,
            click: () =>
              actions.openWindow(
                guideIncident ? { page: 'incident', incidentId: guideIncident } : { page: 'home' },
              ),
          },
        ]
      : []),
    // While a problem is open, the customers' update is one click from the tray, already written.
    ...(guideIncident
      ? [
          {
            label: pickCatalog(composerTexts, state.locale).trayItem,
            click: () =>
              actions.openWindow({ page: 'incident', incidentId: guideIncident, step: 'communicate' }),
          },
        ]
      : []),
    { label: texts.checkAllNow, click: () => actions.checkAllNow() },
    ...alertItems(state, texts, context.now, actions),
    { type: 'separator' },
    { label: texts.settings, click: () => actions.openWindow({ page: 'settings' }) },
    {
      label: texts.startAtLogin,
      type: 'checkbox',
      checked: context.startAtLogin,
      click: (item) => actions.setStartAtLogin(item.checked),
    },
    { type: 'separator' },
    ...updateItems(state, context, actions),
    { label: texts.quit, click: () => actions.quit() },
  ];
}
