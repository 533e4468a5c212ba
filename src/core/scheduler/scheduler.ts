import type { MonitorState } from '../../shared/app-state';
import type { CheckResult } from '../../shared/check-result';
import type { Monitor } from '../../shared/monitor';
import { dispatch, placeFirstRuns } from './check-pipeline';
import type { Engine } from './engine';
import { resumeGraceUntil, snoozedUntil } from './engine';
import { LagStats, type SchedulerStats } from './lag-stats';
import { Listeners } from './listeners';
import { intervalMsFor, checkOptionsFor } from './monitor-runner';
import { snapshotState } from './monitor-runtime';
import {
  addRuntime,
  applyInterval,
  forgetRuntime,
  refreshPauses,
  scheduleMaintenanceBoundary,
  updateRuntime,
} from './monitor-set';
import { OfflineDetector } from './offline-detector';
import { RunQueue } from './run-queue';
import {
  beginResumeGrace,
  connectivityChanged,
  noticeLateWake,
  scheduleConnectivity,
} from './sleep-and-connectivity';
import { Timeline } from './timeline';
import {
  DEFAULT_TUNING,
  type ConnectivityChange,
  type MonitorTransition,
  type SchedulerDeps,
  type SchedulerSettings,
} from './types';

const SNOOZE_KEY = 'snooze-end';

/**
 * Decides when each monitor is checked and what its results mean: intervals with jitter, a concurrency
 * cap, failure confirmation and recovery, offline detection, snooze, maintenance windows and sleep/resume.
 * It reports through listeners and never decides what to tell the owner; the service does that.
 */
export class MonitorScheduler {
  private readonly engine: Engine;

  constructor(deps: SchedulerDeps, monitors: readonly Monitor[] = []) {
    const reportError = deps.onError ?? ((error: unknown) => console.error('scheduler:', error));
    const tuning = { ...DEFAULT_TUNING, ...deps.tuning };
    // The detector and timeline call back into the engine, which exists by the time they fire.
    const engine: Engine = {
      clock: deps.clock,
      random: deps.random ?? Math.random,
      tuning,
      runCheck: deps.runCheck,
      settings: deps.settings,
      runtimes: new Map(),
      timeline: new Timeline(deps.clock, (lateMs) => noticeLateWake(engine, lateMs)),
      queue: new RunQueue(deps.settings.checks.concurrency),
      detector: new OfflineDetector(
        deps.checkConnectivity,
        deps.clock,
        { cacheMs: tuning.connectivityCacheMs, giveUpMs: tuning.connectivityGiveUpMs },
        (online, result) => connectivityChanged(engine, online, result),
      ),
      stats: new LagStats(),
      results: new Listeners(reportError),
      transitions: new Listeners(reportError),
      connectivity: new Listeners(reportError),
      changes: new Listeners(reportError),
      reportError,
      running: false,
      suspended: false,
      epoch: 0,
      snoozeEnd: null,
      graceEnd: null,
    };
    this.engine = engine;
    this.setMonitors(monitors);
  }

  // Outputs

  /** Every check result, for the store; it arrives before any transition it causes. */
  onResult(listener: (monitorId: string, result: CheckResult) => void): () => void {
    return this.engine.results.add(({ monitorId, result }) => listener(monitorId, result));
  }

  onTransition(listener: (transition: MonitorTransition) => void): () => void {
    return this.engine.transitions.add(listener);
  }

  onConnectivity(listener: (change: ConnectivityChange) => void): () => void {
    return this.engine.connectivity.add(listener);
  }

  /** Anything `getStates`, `isOffline`, `snoozedUntil` or `resumeGraceUntil` answer may have changed. */
  onChange(listener: () => void): () => void {
    return this.engine.changes.add(() => listener());
  }

  getStates(): MonitorState[] {
    return Array.from(this.engine.runtimes.values(), snapshotState);
  }

  getState(monitorId: string): MonitorState | null {
    const runtime = this.engine.runtimes.get(monitorId);
    return runtime ? snapshotState(runtime) : null;
  }

  isOffline(): boolean {
    return this.engine.detector.isOffline();
  }

  snoozedUntil(): number | null {
    return snoozedUntil(this.engine);
  }

  resumeGraceUntil(): number | null {
    return resumeGraceUntil(this.engine);
  }

  getStats(): SchedulerStats {
    const { stats, queue } = this.engine;
    return {
      ...stats.summary(),
      checksRun: stats.checksRun,
      inFlight: queue.inFlight,
      queued: queue.waiting,
    };
  }

  // Lifecycle

  start(): void {
    const engine = this.engine;
    if (engine.running) return;
    engine.running = true;
    engine.suspended = false;
    engine.epoch += 1;
    const now = engine.clock.now();
    refreshPauses(engine, now);
    placeFirstRuns(engine, [...engine.runtimes.values()], now);
    scheduleConnectivity(engine, now, true);
    scheduleMaintenanceBoundary(engine, now);
    if (engine.snoozeEnd !== null) this.snooze(engine.snoozeEnd);
    engine.timeline.start();
    engine.changes.emit();
  }

  /** Clears every timer; checks in flight finish, but their answers are ignored. */
  stop(): void {
    const engine = this.engine;
    if (!engine.running) return;
    engine.running = false;
    engine.epoch += 1;
    engine.graceEnd = null;
    engine.timeline.pause();
    engine.timeline.clear();
    engine.queue.dropWaiting();
    engine.detector.forget();
    for (const runtime of engine.runtimes.values()) runtime.confirming = false;
    engine.changes.emit();
  }

  /** The machine is going to sleep: nothing runs until `systemResumed`. */
  systemSuspended(): void {
    const engine = this.engine;
    if (!engine.running || engine.suspended) return;
    engine.suspended = true;
    engine.epoch += 1;
    engine.timeline.pause();
    engine.queue.dropWaiting();
  }

  systemResumed(): void {
    const engine = this.engine;
    if (!engine.running) return;
    engine.suspended = false;
    beginResumeGrace(engine);
    engine.timeline.start();
  }

  // Snooze

  /** Until then checks go on, but transitions are flagged `duringSnooze` so nothing alerts. */
  snooze(until: number): void {
    const engine = this.engine;
    if (until <= engine.clock.now()) {
      this.resume();
      return;
    }
    engine.snoozeEnd = until;
    engine.timeline.set(SNOOZE_KEY, until, () => {
      engine.snoozeEnd = null;
      engine.changes.emit();
    });
    engine.changes.emit();
  }

  /** Ends a snooze early. */
  resume(): void {
    this.engine.snoozeEnd = null;
    this.engine.timeline.cancel(SNOOZE_KEY);
    this.engine.changes.emit();
  }

  // Configuration

  setSettings(settings: SchedulerSettings): void {
    const engine = this.engine;
    engine.settings = settings;
    engine.queue.setLimit(settings.checks.concurrency);
    const now = engine.clock.now();
    for (const runtime of engine.runtimes.values()) {
      runtime.options = checkOptionsFor(runtime.monitor, settings.checks);
      applyInterval(engine, runtime, intervalMsFor(runtime.monitor, settings.checks), now);
    }
    refreshPauses(engine, now);
    if (engine.running) scheduleMaintenanceBoundary(engine, now);
    engine.changes.emit();
  }

  /** Replaces the whole set: new ids are added, missing ones removed, the rest updated in place. */
  setMonitors(monitors: readonly Monitor[]): void {
    const engine = this.engine;
    const wanted = new Set(monitors.map((monitor) => monitor.id));
    for (const id of [...engine.runtimes.keys()]) if (!wanted.has(id)) forgetRuntime(engine, id);
    const added = [];
    for (const monitor of monitors) {
      if (engine.runtimes.has(monitor.id)) updateRuntime(engine, monitor);
      else added.push(addRuntime(engine, monitor));
    }
    if (engine.running) placeFirstRuns(engine, added, engine.clock.now());
    engine.changes.emit();
  }

  addMonitor(monitor: Monitor): void {
    const engine = this.engine;
    if (engine.runtimes.has(monitor.id)) {
      this.updateMonitor(monitor);
      return;
    }
    const runtime = addRuntime(engine, monitor);
    if (engine.running) placeFirstRuns(engine, [runtime], engine.clock.now());
    engine.changes.emit();
  }

  updateMonitor(monitor: Monitor): void {
    if (!this.engine.runtimes.has(monitor.id)) {
      this.addMonitor(monitor);
      return;
    }
    updateRuntime(this.engine, monitor);
    this.engine.changes.emit();
  }

  removeMonitor(monitorId: string): void {
    if (!this.engine.runtimes.has(monitorId)) return;
    forgetRuntime(this.engine, monitorId);
    this.engine.changes.emit();
  }

  /**
   * Checks one monitor, or all, now and resolves once those answers are in. While offline it first asks
   * whether the internet is back: that is what the owner pressed the button to find out.
   */
  async checkNow(monitorId?: string): Promise<void> {
    const engine = this.engine;
    if (!engine.running || engine.suspended) return;
    const one = monitorId === undefined ? undefined : engine.runtimes.get(monitorId);
    const targets = monitorId === undefined ? [...engine.runtimes.values()] : one ? [one] : [];
    if (engine.detector.isOffline() && targets.some((runtime) => runtime.remote)) {
      await engine.detector.probe(true);
      if (!engine.running || engine.suspended) return;
    }
    const now = engine.clock.now();
    await Promise.all(targets.map((runtime) => dispatch(engine, runtime, now)));
  }
}
