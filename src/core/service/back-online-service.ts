import { dirname } from 'node:path';
import type {
  ApiChannel,
  ApiError,
  ApiParsedRequest,
  ApiResponses,
  ApiResult,
  HistoryRange,
} from '../../shared/api-contract';
import type { AppState } from '../../shared/app-state';
import type { CheckResult } from '../../shared/check-result';
import type { IncidentEvent } from '../../shared/incident';
import { incidentMonitorNames, OWNER_LANGUAGE_DETAIL } from '../../shared/incident-events';
import type { Locale } from '../../shared/locale';
import type { Monitor, MonitorChanges } from '../../shared/monitor';
import { withoutNulls } from '../../shared/monitor';
import type { Settings } from '../../shared/settings';
import { settingsSchema } from '../../shared/settings';
import type { SystemProbe } from '../checks/system-probe';
import type { Clock, TimerHandle } from '../clock';
import type { NotificationDraft, OwnerInput } from '../incidents';
import { renderNotification } from '../incidents';
import type { MonitorScheduler, RunCheck, SchedulerStats } from '../scheduler';
import { computeStatus } from '../status';
import type { NotificationIntent, BackOnlineService, ServiceEvent, StartupNotice } from '../service-contract';
import type { Logger } from '../log/logger';
import type { Database } from '../store/database';
import { eraseHistory } from '../store/history-eraser';
import { asStorageError } from '../store/storage-error';
import type { IncidentRepository } from '../store/incident-repository';
import type { MessageLogRepository } from '../store/message-log-repository';
import type { MonitorRepository } from '../store/monitor-repository';
import type { ResultRepository } from '../store/result-repository';
import type { ResultWriter } from '../store/result-writer';
import { createApiHandlers } from './api-handlers';
import { CheckPreviews } from './check-previews';
import { createGuideHandlers } from './guide-handlers';
import { GuideKeeper } from './guide-keeper';
import type { RestartCommand } from './restart-commands';
import type { GuideRepository } from '../store/guide-repository';
import type { RunCommand } from '../guide';
import type { IncidentKeeper } from './incident-keeper';
import { listLocalThings } from './local-things';
import { MessageDesk } from './message-desk';
import { notificationWanted } from './notification-policy';
import { incidentInputsFor } from './transition-inputs';

/** How often time-based incident rules (auto-resolve after a quiet period) are looked at. */
const INCIDENT_TICK_MS = 30_000;
/** Raw results older than 48 h are rolled up; once an hour is plenty. */
const COMPACTION_INTERVAL_MS = 60 * 60_000;
/** State pushes are coalesced: 1,000 monitors answering must not mean 1,000 window updates. */
const STATE_PUSH_DELAY_MS = 200;

export interface ServiceParts {
  clock: Clock;
  database: Database;
  monitors: MonitorRepository;
  results: ResultRepository;
  resultWriter: ResultWriter;
  incidents: IncidentRepository;
  messageLog: MessageLogRepository;
  keeper: IncidentKeeper;
  guides: GuideRepository;
  /** From the config file only, by monitor id. */
  restartCommands: ReadonlyMap<string, RestartCommand>;
  runCommand: RunCommand;
  scheduler: MonitorScheduler;
  /** The scheduler's own check runner, for previews of targets being typed. */
  runCheck: RunCheck;
  /** This computer, for the list of programs and services the owner picks from. */
  system: SystemProbe;
  settings: Settings;
  /** Saves settings atomically; returns what was saved. */
  saveSettings: (settings: Settings) => Promise<Settings>;
  notices: StartupNotice[];
  reportError: (error: unknown) => void;
  logger: Logger;
}

export class BackOnlineServiceImpl implements BackOnlineService {
  readonly startupNotices: StartupNotice[];
  private settingsNow: Settings;
  private readonly stateListeners = new Set<(state: AppState) => void>();
  private readonly eventListeners = new Set<(event: ServiceEvent) => void>();
  private readonly notificationListeners = new Set<(notification: NotificationIntent) => void>();
  private readonly reportedDownCause = new Map<string, CheckResult['cause']>();
  private readonly handlers;
  private readonly guide: GuideKeeper;
  private readonly previews: CheckPreviews;
  private readonly messageDesk: MessageDesk;
  private pushTimer: TimerHandle | null = null;
  private tickTimer: TimerHandle | null = null;
  private compactionTimer: TimerHandle | null = null;
  private running = false;

  constructor(private readonly parts: ServiceParts) {
    this.startupNotices = parts.notices;
    this.settingsNow = parts.settings;
    this.previews = new CheckPreviews({
      runCheck: parts.runCheck,
      checks: () => this.settingsNow.checks,
      now: () => parts.clock.now(),
    });
    this.messageDesk = new MessageDesk({
      log: parts.messageLog,
      now: () => parts.clock.now(),
      settings: () => this.settingsNow,
      locale: () => this.locale(),
      monitors: () => parts.monitors.list(),
      openIncidents: () => parts.keeper.open(),
      resolvedIncident: (id) => {
        parts.keeper.flush();
        const incident = parts.incidents.get(id);
        return incident?.resolvedAt ? incident : null;
      },
      applyOwnerInput: (input) => this.applyOwnerInput(input),
      notify: (notification) => this.notify(notification),
    });
    const operations = this.operations();
    this.guide = new GuideKeeper({
      guides: parts.guides,
      now: () => parts.clock.now(),
      locale: () => this.locale(),
      getIncident: operations.getIncident,
      applyOwnerInput: operations.applyOwnerInput,
      openIncidents: () => parts.keeper.open(),
      monitorStates: () => parts.scheduler.getStates(),
      monitorState: (id) => parts.scheduler.getState(id),
      checkNow: (id) => parts.scheduler.checkNow(id),
      baseline: (id, now) => {
        parts.resultWriter.flush();
        return parts.results.baseline(id, now);
      },
      restartCommands: parts.restartCommands,
      runCommand: parts.runCommand,
      changed: () => this.statePush(),
      storageFailure: (error) => asStorageError(error, parts.database.path)?.failure ?? null,
      reportError: parts.reportError,
    });
    this.handlers = {
      ...createApiHandlers(operations),
      ...createGuideHandlers(this.guide, { now: () => parts.clock.now(), locale: () => this.locale() }),
    };
    parts.scheduler.onResult((monitorId, result) => this.resultArrived(monitorId, result));
    parts.scheduler.onTransition((transition) => {
      const monitor = this.monitor(transition.monitorId);
      // Names and cause codes only: a target's query string may hold a key the owner would not mail around.
      this.parts.logger[transition.to === 'down' ? 'warn' : 'info']('monitor_status', {
        monitor: monitor?.name ?? transition.monitorId,
        from: transition.from,
        to: transition.to,
        cause: transition.cause,
      });
      if (monitor) for (const input of incidentInputsFor(transition, monitor)) this.parts.keeper.apply(input);
      if (transition.to === 'down') this.reportedDownCause.set(transition.monitorId, transition.cause);
    });
    parts.scheduler.onConnectivity(({ online, at, duringSnooze }) => {
      this.parts.logger.info('connectivity', { online });
      this.parts.keeper.apply({ kind: online ? 'online' : 'offline', at, duringSnooze });
    });
    // The scheduler signals a change after every result, transition and connectivity change, and after
    // each of its own commands; a push is coalesced and built later, so it includes what listeners did.
    parts.scheduler.onChange(() => this.statePush());
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.parts.logger.info('service_started', {
      monitors: this.parts.scheduler.getStates().length,
      database: this.parts.database.path,
    });
    this.parts.scheduler.start();
    this.scheduleTick();
    this.scheduleCompaction(0);
  }

  async stop(): Promise<void> {
    if (!this.running) {
      this.closeStorage();
      return;
    }
    this.running = false;
    this.parts.scheduler.stop();
    for (const timer of [this.pushTimer, this.tickTimer, this.compactionTimer]) {
      if (timer) this.parts.clock.clearTimeout(timer);
    }
    this.pushTimer = this.tickTimer = this.compactionTimer = null;
    this.closeStorage();
    this.parts.logger.info('service_stopped');
  }

  getState(): AppState {
    const { scheduler, clock } = this.parts;
    const now = clock.now();
    const monitors = scheduler.getStates();
    const offline = scheduler.isOffline();
    const snoozedUntil = scheduler.snoozedUntil();
    const locale = this.locale();
    const checkRun = this.guide.checkRun();
    const status = computeStatus(monitors, { offline, snoozedUntil, now, locale });
    return {
      ...status,
      monitors,
      openIncidents: this.parts.keeper.openSummaries(),
      offline,
      snoozedUntil,
      resumeGraceUntil: scheduler.resumeGraceUntil(),
      locale,
      generatedAt: now,
      ...(checkRun === null ? {} : { checkRun }),
    };
  }

  async handle<C extends ApiChannel>(
    channel: C,
    request: ApiParsedRequest<C>,
  ): Promise<ApiResult<ApiResponses[C]>> {
    const handler = this.handlers[channel] as (
      request: ApiParsedRequest<C>,
    ) => Promise<ApiResult<ApiResponses[C]>>;
    try {
      return await handler(request);
    } catch (error) {
      this.parts.reportError(error);
      return this.failure(error);
    }
  }

  subscribe(listener: (state: AppState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  onEvent(listener: (event: ServiceEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  onNotification(listener: (notification: NotificationIntent) => void): () => void {
    this.notificationListeners.add(listener);
    return () => this.notificationListeners.delete(listener);
  }

  /** Scheduling lag and counts, for the benchmark and diagnostics. */
  schedulerStats(): SchedulerStats {
    return this.parts.scheduler.getStats();
  }

  systemSuspended(): void {
    this.parts.scheduler.systemSuspended();
    this.statePush();
  }

  systemResumed(): void {
    this.parts.scheduler.systemResumed();
  }

  /** Called by the keeper for every incident event, before any notification. */
  incidentEvent(incidentId: string, event: IncidentEvent): void {
    this.emit({ type: 'incident', incidentId, event });
  }

  /** Called by the keeper for every notification draft. */
  notificationDrafted(draft: NotificationDraft): void {
    const monitorName = draft.monitorId ? (this.monitor(draft.monitorId)?.name ?? null) : null;
    this.notify(renderNotification(draft, monitorName, this.locale(), this.incidentMonitorNames(draft)));
  }

  /** The names of every monitor in the draft's incident: the owner's names, or the timeline's for one removed. */
  private incidentMonitorNames(draft: NotificationDraft): string[] {
    const incident = this.parts.keeper.open().find((candidate) => candidate.id === draft.incidentId);
    if (incident === undefined) return [];
    const live = new Map<string, string>();
    for (const id of incident.monitorIds) {
      const name = this.monitor(id)?.name;
      if (name !== undefined) live.set(id, name);
    }
    const names = incidentMonitorNames(incident, live);
    return incident.monitorIds.flatMap((id) => names.get(id) ?? []);
  }

  private notify(notification: NotificationIntent): void {
    if (!notificationWanted(notification.kind, this.settingsNow.notifications, this.parts.clock.now()))
      return;
    for (const listener of this.notificationListeners) this.safely(() => listener(notification));
  }

  private applyOwnerInput(input: OwnerInput) {
    const result = this.parts.keeper.apply(withOwnerLanguage(input, this.locale()));
    if ('error' in result) return result;
    this.statePush();
    const incident =
      result.changed.find((changed) => changed.id === input.incidentId) ??
      this.parts.incidents.get(input.incidentId);
    return incident ? { incident } : { error: 'not_found' as const };
  }

  private locale(): Locale {
    return { language: this.settingsNow.language, formality: this.settingsNow.formality };
  }

  /** The scheduler holds every monitor, enabled or not, as last created or edited. */
  private monitor(monitorId: string): Monitor | null {
    return this.parts.scheduler.getState(monitorId)?.monitor ?? null;
  }

  private resultArrived(monitorId: string, result: CheckResult): void {
    this.parts.resultWriter.record(monitorId, result);
    if (result.status !== 'down') return;
    const reported = this.reportedDownCause.get(monitorId);
    if (reported === undefined || reported === result.cause) return;
    if (this.parts.scheduler.getState(monitorId)?.status === 'down') {
      this.reportedDownCause.set(monitorId, result.cause);
      this.parts.keeper.apply({
        kind: 'monitor_cause_changed',
        at: result.startedAt + result.durationMs,
        monitorId,
        cause: result.cause,
        details: result.details,
      });
    }
  }

  private statePush(): void {
    if (this.pushTimer || (this.stateListeners.size === 0 && this.eventListeners.size === 0)) return;
    this.pushTimer = this.parts.clock.setTimeout(() => {
      this.pushTimer = null;
      const state = this.getState();
      for (const listener of this.stateListeners) this.safely(() => listener(state));
      this.emit({ type: 'state', state });
    }, STATE_PUSH_DELAY_MS);
  }

  private emit(event: ServiceEvent): void {
    for (const listener of this.eventListeners) this.safely(() => listener(event));
  }

  /** A disk that refused is the owner's to fix, so it is named; anything else stays an internal fault. */
  private failure(error: unknown): { ok: false; error: ApiError } {
    const storage = asStorageError(error, this.parts.database.path);
    if (storage) return { ok: false, error: { code: 'storage_failed', storage: storage.failure } };
    return { ok: false, error: { code: 'internal' } };
  }

  private safely(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.parts.reportError(error);
    }
  }

  private scheduleTick(): void {
    this.tickTimer = this.parts.clock.setTimeout(() => {
      const duringSnooze = this.parts.scheduler.snoozedUntil() !== null;
      this.parts.keeper.apply({ kind: 'tick', at: this.parts.clock.now(), duringSnooze });
      this.safely(() => this.messageDesk.remindWhenDue());
      this.statePush();
      if (this.running) this.scheduleTick();
    }, INCIDENT_TICK_MS);
  }

  private scheduleCompaction(delayMs: number): void {
    this.compactionTimer = this.parts.clock.setTimeout(() => {
      this.parts.results
        .compact(this.parts.clock.now())
        .catch((error: unknown) => this.parts.reportError(error))
        .finally(() => {
          if (this.running) this.scheduleCompaction(COMPACTION_INTERVAL_MS);
        });
    }, delayMs);
  }

  private closeStorage(): void {
    this.parts.resultWriter.stop();
    this.parts.keeper.flush();
    this.parts.database.close();
  }

  private operations() {
    const { scheduler, clock, monitors, incidents, results, keeper } = this.parts;
    return {
      now: () => clock.now(),
      recentLogLines: (count: number) => this.parts.logger.recentLines(count),
      state: () => this.getState(),
      checkNow: (monitorId?: string) => scheduler.checkNow(monitorId),
      snooze: (until: number) => scheduler.snooze(until),
      resumeAlerts: () => scheduler.resume(),
      listIncidents: (options: { includeResolved?: boolean; limit?: number }) => {
        keeper.flush();
        return incidents.list(options);
      },
      getIncident: (id: string) => {
        keeper.flush();
        return incidents.get(id) ?? keeper.open().find((incident) => incident.id === id) ?? null;
      },
      applyOwnerInput: (input: OwnerInput) => this.applyOwnerInput(input),
      markMessageSent: (request: Parameters<MessageDesk['markSent']>[0]) =>
        this.messageDesk.markSent(request),
      messageCopied: (request: Parameters<MessageDesk['copied']>[0]) => this.messageDesk.copied(request),
      messageLog: (incidentId: string) => this.messageDesk.entries(incidentId),
      listMonitors: () => monitors.list(),
      getMonitor: (id: string) => monitors.get(id),
      createMonitor: (input: Parameters<MonitorRepository['create']>[0]) => {
        const monitor = monitors.create(input);
        scheduler.addMonitor(monitor);
        return monitor;
      },
      updateMonitor: (id: string, changes: MonitorChanges) => {
        const monitor = monitors.update(id, withoutNulls(changes));
        if (!monitor) return null;
        scheduler.updateMonitor(monitor);
        return monitor;
      },
      deleteMonitor: (id: string) => {
        if (!monitors.delete(id)) return false;
        this.reportedDownCause.delete(id);
        scheduler.removeMonitor(id);
        keeper.apply({ kind: 'monitor_removed', at: clock.now(), monitorId: id });
        this.statePush();
        return true;
      },
      previewCheck: (request: ApiParsedRequest<'checks.preview'>) => this.previews.preview(request),
      history: (id: string, range: HistoryRange) => {
        this.parts.resultWriter.flush();
        return results.history(id, range, clock.now());
      },
      monthlyUptime: (id: string) => {
        this.parts.resultWriter.flush();
        return results.monthlyUptime(id, clock.now());
      },
      localThings: () => listLocalThings(this.parts.system),
      clearHistory: () => {
        this.parts.resultWriter.flush();
        keeper.flush();
        const erased = eraseHistory(
          this.parts.database,
          keeper.open().map((incident) => incident.id),
        );
        this.parts.logger.info('history_cleared', erased);
        return erased;
      },
      settings: () => this.settingsNow,
      updateSettings: async (changes: Partial<Settings>): Promise<ApiResult<Settings>> => {
        const merged = settingsSchema.safeParse({ ...this.settingsNow, ...changes });
        if (!merged.success) return { ok: false, error: { code: 'invalid_request' } };
        try {
          this.settingsNow = await this.parts.saveSettings(merged.data);
        } catch (error) {
          this.parts.reportError(error);
          const storage = asStorageError(error, dirname(this.parts.database.path));
          return {
            ok: false,
            error: storage
              ? { code: 'storage_failed', storage: storage.failure }
              : { code: 'storage_failed' },
          };
        }
        scheduler.setSettings(this.settingsNow);
        return { ok: true, value: this.settingsNow };
      },
    };
  }
}

/** An owner's action keeps the language the window had, so the timeline shows it as it was written. */
function withOwnerLanguage(input: OwnerInput, locale: Locale): OwnerInput {
  if (input.kind !== 'add_event') return input;
  return { ...input, details: { ...input.details, [OWNER_LANGUAGE_DETAIL]: locale.language } };
}
