import type { CheckResult } from '../../shared/check-result';
import { dispatch, spreadRuns } from './check-pipeline';
import type { Engine } from './engine';
import { activeRuntimes, setStatus, snoozedUntil } from './engine';
import { refreshPauses, scheduleMaintenanceBoundary } from './monitor-set';

const CONNECTIVITY_KEY = 'connectivity';
const GRACE_KEY = 'grace-end';

/** Probes connectivity on its own schedule, so offline is noticed even when no monitor is failing. */
export function scheduleConnectivity(engine: Engine, at: number, fresh: boolean): void {
  engine.timeline.set(CONNECTIVITY_KEY, at, () => {
    const offline = engine.detector.isOffline();
    const every = offline ? engine.tuning.offlineRecheckMs : engine.tuning.connectivityIntervalMs;
    scheduleConnectivity(engine, engine.clock.now() + every, false);
    void engine.detector.probe(fresh || offline);
  });
}

/**
 * Offline: every remote monitor becomes "unknown — you are offline" (nothing is confirmed down, so no site
 * incident opens) and connectivity is probed often. Back online: every remote monitor is checked at once.
 */
export function connectivityChanged(engine: Engine, online: boolean, result: CheckResult): void {
  if (!engine.running) return;
  const now = engine.clock.now();
  engine.connectivity.emit({ online, result, at: now, duringSnooze: snoozedUntil(engine) !== null });
  const remote = activeRuntimes(engine).filter((runtime) => runtime.remote);
  if (online) {
    for (const runtime of remote) void dispatch(engine, runtime, now);
    scheduleConnectivity(engine, now + engine.tuning.connectivityIntervalMs, false);
  } else {
    for (const runtime of remote) setStatus(engine, runtime, 'unknown', 'local_offline', now);
    scheduleConnectivity(engine, now + engine.tuning.offlineRecheckMs, true);
  }
  engine.changes.emit();
}

/** A timer that fires far too late means the machine slept without anyone saying so. */
export function noticeLateWake(engine: Engine, lateMs: number): void {
  if (engine.running && !engine.suspended && lateMs > engine.tuning.resumeDetectLateMs) {
    beginResumeGrace(engine);
  }
}

/**
 * After sleep the network needs a moment: during the grace period checks run and their results are
 * recorded, but no failure is confirmed; when it ends every monitor is checked again.
 */
export function beginResumeGrace(engine: Engine): void {
  const now = engine.clock.now();
  const graceMs = engine.settings.checks.resumeGraceSeconds * 1000;
  engine.epoch += 1;
  engine.queue.dropWaiting();
  engine.detector.forget();
  refreshPauses(engine, now);
  scheduleMaintenanceBoundary(engine, now);
  scheduleConnectivity(engine, now, true);
  spreadRuns(engine, activeRuntimes(engine), now, graceMs > 0 ? graceMs : engine.tuning.resumeSpreadMs);
  if (graceMs > 0) {
    engine.graceEnd = now + graceMs;
    engine.timeline.set(GRACE_KEY, engine.graceEnd, () => endResumeGrace(engine));
  } else {
    engine.graceEnd = null;
  }
  engine.changes.emit();
}

function endResumeGrace(engine: Engine): void {
  engine.graceEnd = null;
  spreadRuns(engine, activeRuntimes(engine), engine.clock.now(), engine.tuning.resumeSpreadMs);
  engine.changes.emit();
}
