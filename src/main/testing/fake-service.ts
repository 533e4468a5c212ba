import type {
  BackOnlineService,
  NotificationIntent,
  ServiceEvent,
  StartupNotice,
} from '../../core/service-contract';
import type { ApiChannel, ApiParsedRequest, ApiResponses, ApiResult } from '../../shared/api-contract';
import type { AppState, MonitorState, MonitorStatus, OverallStatus } from '../../shared/app-state';
import { countStatuses } from '../../core/status';
import type { IncidentSummary } from '../../shared/incident';
import { DEFAULT_LOCALE } from '../../shared/locale';
import type { Settings } from '../../shared/settings';
import { DEFAULT_SETTINGS } from '../../shared/settings';

export function monitorState(id: string, name: string, status: MonitorStatus): MonitorState {
  return {
    monitor: { id, name, target: `https://${id}.example.nl`, enabled: status !== 'paused', createdAt: 0 },
    status,
    cause: status === 'down' ? 'http_server_error' : 'ok',
    since: 0,
    lastCheckedAt: 0,
    lastResult: null,
    confirming: false,
    pausedReason: status === 'paused' ? 'snoozed' : null,
  };
}

export function incidentSummary(id: string, monitorIds: string[], openedAt = 0): IncidentSummary {
  return {
    id,
    groupKey: `host:${id}`,
    scope: 'site',
    monitorIds,
    cause: 'http_server_error',
    phase: 'detected',
    openedAt,
    updatedAt: openedAt,
    resolvedAt: null,
    details: {},
    eventCount: 1,
    firstCustomerMessageAt: null,
  };
}

/** A state for tests; counts follow the monitors given. */
export function appState(overrides: Partial<AppState> = {}): AppState {
  const monitors = overrides.monitors ?? [];
  const counts = countStatuses(monitors);
  const overall: OverallStatus = overrides.overall ?? 'ok';
  return {
    overall,
    counts,
    tray: { icon: overall, tooltip: `Back Online: ${overall}`, title: '' },
    monitors,
    openIncidents: [],
    offline: false,
    snoozedUntil: null,
    resumeGraceUntil: null,
    locale: DEFAULT_LOCALE,
    generatedAt: 0,
    ...overrides,
  };
}

/**
 * A stand-in for the core service at the shell's boundary: it records every call, answers state and
 * settings from memory, and lets a test emit states and notifications as the real service would.
 */
export class FakeService implements BackOnlineService {
  readonly calls: { channel: ApiChannel; request: unknown }[] = [];
  readonly lifecycle: string[] = [];
  settings: Settings = structuredClone(DEFAULT_SETTINGS);
  startupNotices: StartupNotice[] = [];
  private readonly stateListeners = new Set<(state: AppState) => void>();
  private readonly notificationListeners = new Set<(intent: NotificationIntent) => void>();

  constructor(public state: AppState = appState()) {}

  async start(): Promise<void> {
    this.lifecycle.push('start');
  }

  async stop(): Promise<void> {
    this.lifecycle.push('stop');
  }

  getState(): AppState {
    return this.state;
  }

  systemSuspended(): void {
    this.lifecycle.push('suspended');
  }

  systemResumed(): void {
    this.lifecycle.push('resumed');
  }

  async handle<C extends ApiChannel>(
    channel: C,
    request: ApiParsedRequest<C>,
  ): Promise<ApiResult<ApiResponses[C]>> {
    this.calls.push({ channel, request });
    const answer = (value: unknown) => ({ ok: true, value }) as ApiResult<ApiResponses[C]>;
    switch (channel) {
      case 'state.get':
      case 'checks.runNow':
      case 'monitoring.snooze':
      case 'monitoring.resume':
        return answer(this.state);
      case 'settings.get':
        return answer(this.settings);
      case 'settings.set':
        this.settings = { ...this.settings, ...(request as Partial<Settings>) };
        return answer(this.settings);
      default:
        return { ok: false, error: { code: 'not_found' } };
    }
  }

  subscribe(listener: (state: AppState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  onNotification(listener: (intent: NotificationIntent) => void): () => void {
    this.notificationListeners.add(listener);
    return () => this.notificationListeners.delete(listener);
  }

  onEvent(_listener: (event: ServiceEvent) => void): () => void {
    return () => undefined;
  }

  emitState(state: AppState): void {
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
  }

  notify(intent: NotificationIntent): void {
    for (const listener of this.notificationListeners) listener(intent);
  }

  get listenerCounts() {
    return { state: this.stateListeners.size, notifications: this.notificationListeners.size };
  }
}
