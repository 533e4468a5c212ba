import type { AppState, MonitorState, MonitorStatus, OverallStatus } from '../../shared/app-state';
import type { CauseCode } from '../../shared/cause-codes';
import type { CheckDetails } from '../../shared/check-result';
import type { IncidentSummary } from '../../shared/incident';
import type { Locale } from '../../shared/locale';
import { parseTarget } from '../../shared/target';

/** 14 March 2025, 13:02 local time: every sample state is "generated" then. */
export const SAMPLE_NOW = new Date(2025, 2, 14, 13, 2).getTime();
const MINUTE = 60_000;

const MONITORS = [
  { id: 'm1', name: 'Webshop', target: 'https://shop.example.nl' },
  { id: 'm2', name: 'Website', target: 'https://www.example.nl' },
  { id: 'm3', name: 'Mail server', target: 'tcp://mail.example.nl:993' },
  { id: 'm4', name: 'Certificate', target: 'tls://shop.example.nl' },
  { id: 'm5', name: 'Office NAS', target: 'tcp://192.168.1.20:445' },
];

export function monitorState(
  index: number,
  status: MonitorStatus,
  cause: CauseCode = status === 'up' ? 'ok' : 'unknown',
  details: CheckDetails = {},
): MonitorState {
  const monitor = MONITORS[index] ?? MONITORS[0]!;
  const checked = status === 'pending' ? null : SAMPLE_NOW - MINUTE;
  const parsed = parseTarget(monitor.target);
  return {
    monitor: {
      ...monitor,
      enabled: true,
      createdAt: SAMPLE_NOW - 30 * 24 * 60 * MINUTE,
      intervalSeconds: 60,
    },
    status,
    cause,
    since: status === 'pending' ? null : SAMPLE_NOW - 20 * MINUTE,
    lastCheckedAt: checked,
    lastResult:
      checked === null
        ? null
        : {
            kind: parsed.ok ? parsed.target.kind : 'http',
            target: monitor.target,
            status: status === 'paused' || status === 'pending' ? 'up' : status,
            cause,
            startedAt: checked,
            durationMs: 231,
            timings: { total: 231 },
            details: { host: monitor.target.replace(/^\w+:\/\//, '').replace(/[:/].*$/, ''), ...details },
          },
    confirming: false,
    pausedReason: status === 'paused' ? 'snoozed' : null,
  };
}

export function incident(
  monitorIds: string[],
  cause: CauseCode,
  details: CheckDetails = {},
): IncidentSummary {
  return {
    id: 'i1',
    groupKey: 'host:shop.example.nl',
    scope: cause === 'local_offline' ? 'offline' : 'site',
    monitorIds,
    cause,
    phase: 'detected',
    openedAt: SAMPLE_NOW - 20 * MINUTE,
    updatedAt: SAMPLE_NOW - MINUTE,
    resolvedAt: null,
    details,
    eventCount: 3,
    firstCustomerMessageAt: null,
  };
}

export function appState(
  overall: OverallStatus,
  monitors: MonitorState[],
  extra: Partial<AppState> = {},
  locale: Locale = { language: 'en', formality: 'formal' },
): AppState {
  const counts = { up: 0, degraded: 0, down: 0, unknown: 0, pending: 0, paused: 0 };
  for (const entry of monitors) counts[entry.status] += 1;
  return {
    overall,
    counts,
    tray: { icon: overall, tooltip: '', title: '' },
    monitors,
    openIncidents: [],
    offline: overall === 'offline',
    snoozedUntil: null,
    resumeGraceUntil: null,
    locale,
    generatedAt: SAMPLE_NOW,
    ...extra,
  };
}

const allUp = () => [0, 1, 2, 3, 4].map((index) => monitorState(index, 'up'));

/** One sample per overall state, as the service would report it. */
export const SAMPLE_STATES: Record<OverallStatus | 'pending' | 'empty', (locale?: Locale) => AppState> = {
  ok: (locale) => appState('ok', allUp(), {}, locale),
  degraded: (locale) =>
    appState(
      'degraded',
      allUp().map((entry, index) =>
        index === 3 ? monitorState(3, 'degraded', 'tls_expiring_soon', { daysLeft: 5 }) : entry,
      ),
      {},
      locale,
    ),
  down: (locale) =>
    appState(
      'down',
      allUp().map((entry, index) =>
        index === 0 ? monitorState(0, 'down', 'http_server_error', { statusCode: 500 }) : entry,
      ),
      {
        openIncidents: [incident(['m1'], 'http_server_error', { host: 'shop.example.nl', statusCode: 500 })],
      },
      locale,
    ),
  offline: (locale) =>
    appState(
      'offline',
      allUp().map((entry, index) => (index < 4 ? monitorState(index, 'unknown', 'local_offline') : entry)),
      { openIncidents: [incident([], 'local_offline')] },
      locale,
    ),
  paused: (locale) =>
    appState(
      'paused',
      [0, 1, 2, 3, 4].map((index) => monitorState(index, 'paused')),
      { snoozedUntil: SAMPLE_NOW + 60 * MINUTE },
      locale,
    ),
  pending: (locale) =>
    appState(
      'ok',
      [0, 1, 2, 3, 4].map((index) => monitorState(index, 'pending')),
      {},
      locale,
    ),
  empty: (locale) => appState('ok', [], {}, locale),
};
