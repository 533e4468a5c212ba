import type { Monitor } from '../../shared/monitor';
import { placeFirstRuns, placeRun } from './check-pipeline';
import type { Engine } from './engine';
import { monitorKey, setStatus } from './engine';
import { checkOptionsFor, intervalMsFor, monitorIsRemote } from './monitor-runner';
import type { MonitorRuntime, PausedReason } from './monitor-runtime';
import { checkIdentity, createRuntime } from './monitor-runtime';
import { inMaintenance, nextWindowBoundary } from './schedule-windows';

const MAINTENANCE_KEY = 'maintenance-boundary';

/** Registers a monitor; the caller places its first run (so a batch can be spread together). */
export function addRuntime(engine: Engine, monitor: Monitor): MonitorRuntime {
  const runtime = createRuntime(monitor, engine.settings.checks);
  engine.runtimes.set(monitor.id, runtime);
  const now = engine.clock.now();
  applyPause(engine, runtime, wantedPause(engine, runtime, now), now);
  if (runtime.pausedReason === null) startOver(engine, runtime, now);
  return runtime;
}

/** Pending until its first answer; a remote monitor added while offline waits as "you are offline". */
function startOver(engine: Engine, runtime: MonitorRuntime, now: number): void {
  if (runtime.remote && engine.detector.isOffline())
    setStatus(engine, runtime, 'unknown', 'local_offline', now);
  else setStatus(engine, runtime, 'pending', 'unknown', now);
}

/**
 * Applies an edited monitor. A new target starts from "pending"; any change to what the check does makes
 * answers in flight stale and checks again soon; a new interval moves the next run.
 */
export function updateRuntime(engine: Engine, monitor: Monitor): void {
  const runtime = engine.runtimes.get(monitor.id);
  if (!runtime) return;
  const now = engine.clock.now();
  const previous = runtime.monitor;
  runtime.monitor = monitor;
  runtime.remote = monitorIsRemote(monitor);
  runtime.options = checkOptionsFor(monitor, engine.settings.checks);
  const checkChanged = checkIdentity(previous) !== checkIdentity(monitor);
  if (checkChanged) runtime.generation += 1;
  if (previous.target !== monitor.target && runtime.pausedReason === null) {
    startOver(engine, runtime, now);
    runtime.lastResult = null;
    runtime.lastCheckedAt = null;
  }
  const wasPaused = runtime.pausedReason !== null;
  applyPause(engine, runtime, wantedPause(engine, runtime, now), now);
  const intervalMs = intervalMsFor(monitor, engine.settings.checks);
  if (checkChanged && !wasPaused && runtime.pausedReason === null && engine.running) {
    runtime.intervalMs = intervalMs;
    placeFirstRuns(engine, [runtime], now);
  } else {
    applyInterval(engine, runtime, intervalMs, now);
  }
}

export function forgetRuntime(engine: Engine, monitorId: string): void {
  const runtime = engine.runtimes.get(monitorId);
  if (!runtime) return;
  runtime.generation += 1;
  engine.runtimes.delete(monitorId);
  engine.timeline.cancel(monitorKey(monitorId));
}

/** A changed interval moves the next regular run, so shortening an hourly check takes effect now. */
export function applyInterval(
  engine: Engine,
  runtime: MonitorRuntime,
  intervalMs: number,
  now: number,
): void {
  if (intervalMs === runtime.intervalMs) return;
  runtime.intervalMs = intervalMs;
  const key = monitorKey(runtime.monitor.id);
  if (!engine.running || runtime.lastPlannedAt === null || runtime.confirming || !engine.timeline.has(key))
    return;
  placeRun(engine, runtime, Math.max(now, runtime.lastPlannedAt + intervalMs));
}

function wantedPause(engine: Engine, runtime: MonitorRuntime, now: number): PausedReason | null {
  if (!runtime.monitor.enabled) return 'disabled';
  if (inMaintenance(runtime.monitor, engine.settings.maintenanceWindows, now)) return 'maintenance';
  return null;
}

export function refreshPauses(engine: Engine, now: number): void {
  for (const runtime of engine.runtimes.values()) {
    applyPause(engine, runtime, wantedPause(engine, runtime, now), now);
  }
}

/** Paused monitors are not checked; coming out of a pause they start over. */
function applyPause(engine: Engine, runtime: MonitorRuntime, reason: PausedReason | null, now: number): void {
  if (runtime.pausedReason === reason) return;
  const wasPaused = runtime.pausedReason !== null;
  runtime.pausedReason = reason;
  if (reason !== null) {
    runtime.generation += 1;
    engine.timeline.cancel(monitorKey(runtime.monitor.id));
    if (!wasPaused) setStatus(engine, runtime, 'paused', 'unknown', now);
    return;
  }
  startOver(engine, runtime, now);
  if (engine.running) placeFirstRuns(engine, [runtime], now);
}

/** Re-evaluates every pause at the next moment a maintenance window opens or closes. */
export function scheduleMaintenanceBoundary(engine: Engine, now: number): void {
  const next = nextWindowBoundary(engine.settings.maintenanceWindows, now);
  if (next === null) {
    engine.timeline.cancel(MAINTENANCE_KEY);
    return;
  }
  engine.timeline.set(MAINTENANCE_KEY, next, () => {
    const at = engine.clock.now();
    refreshPauses(engine, at);
    scheduleMaintenanceBoundary(engine, at);
    engine.changes.emit();
  });
}
