import { countStatuses } from '../../core/status';
import type { AppState, MonitorState, MonitorStatus } from '../../shared/app-state';
import type { CauseCode } from '../../shared/cause-codes';

export const AT = Date.UTC(2026, 10, 28, 9, 0, 0);

/** A monitor's state as the service reports it, for tests of what `watch` makes of it. */
export function monitorState(
  name: string,
  status: MonitorStatus,
  cause: CauseCode = status === 'up' ? 'ok' : 'unknown',
  extra: Partial<MonitorState> = {},
): MonitorState {
  return {
    monitor: { id: `id-${name}`, name, target: 'https://shop.example.nl', enabled: true, createdAt: 0 },
    status,
    cause,
    since: AT,
    lastCheckedAt: AT,
    lastResult: null,
    confirming: false,
    pausedReason: null,
    ...extra,
  };
}

export function appState(monitors: MonitorState[], extra: Partial<AppState> = {}): AppState {
  return {
    overall: 'ok',
    counts: countStatuses(monitors),
    tray: { icon: 'ok', tooltip: '', title: '' },
    monitors,
    openIncidents: [],
    offline: false,
    snoozedUntil: null,
    resumeGraceUntil: null,
    locale: { language: 'en', formality: 'formal' },
    generatedAt: AT,
    ...extra,
  };
}
