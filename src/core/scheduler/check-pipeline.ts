import type { CheckResult } from '../../shared/check-result';
import { judge } from './confirmation';
import type { Engine } from './engine';
import { emitTransition, monitorKey, resumeGraceUntil } from './engine';
import { runCheckSafely } from './monitor-runner';
import type { MonitorRuntime } from './monitor-runtime';
import { createPendingRun } from './monitor-runtime';
import { pauseAskedFor } from './retry-after';

/** Each run drifts by up to this share of its interval, so monitors that started together fall out of step. */
const RUN_JITTER_SHARE = 0.05;

/** Plans the monitor's next check at `at`, or later when its server asked for a pause until then. */
export function placeRun(engine: Engine, runtime: MonitorRuntime, at: number): void {
  engine.timeline.set(
    monitorKey(runtime.monitor.id),
    Math.max(at, runtime.notBefore ?? at),
    (planned) => void dispatch(engine, runtime, planned),
  );
}

/**
 * Spreads first runs over min(interval, count × spacing): a few monitors start almost at once, a
 * thousand are spread over their whole interval so start-up load stays level.
 */
export function placeFirstRuns(engine: Engine, runtimes: readonly MonitorRuntime[], now: number): void {
  const active = runtimes.filter((runtime) => runtime.pausedReason === null);
  spreadRuns(engine, active, now, active.length * engine.tuning.firstRunSpacingMs);
}

/** Places every active monitor's next run within `windowMs` from now (at most one interval). */
export function spreadRuns(
  engine: Engine,
  runtimes: readonly MonitorRuntime[],
  now: number,
  windowMs: number,
): void {
  for (const runtime of runtimes) {
    placeRun(engine, runtime, now + engine.random() * Math.min(runtime.intervalMs, windowMs));
  }
}

/**
 * Plans the next regular run, then queues this one; its result may still ask for a quick re-check. A run
 * that fired very late plans the next a full interval from now instead of firing again at once.
 */
export function dispatch(engine: Engine, runtime: MonitorRuntime, plannedAt: number): Promise<void> {
  if (engine.runtimes.get(runtime.monitor.id) !== runtime || runtime.pausedReason !== null) {
    return Promise.resolve();
  }
  const now = engine.clock.now();
  const jitter =
    engine.random() * Math.min(runtime.intervalMs * RUN_JITTER_SHARE, engine.tuning.maxRunJitterMs);
  const regular = plannedAt + runtime.intervalMs + jitter;
  runtime.lastPlannedAt = plannedAt;
  placeRun(engine, runtime, regular > now ? regular : now + runtime.intervalMs);
  return enqueue(engine, runtime, plannedAt);
}

/**
 * Queues a check unless a current one is already queued or running for this monitor, whose end is then
 * awaited. A run from before an edit or a sleep does not count: its answer will be ignored.
 */
function enqueue(engine: Engine, runtime: MonitorRuntime, plannedAt: number): Promise<void> {
  if (runtime.remote && engine.detector.isOffline()) return Promise.resolve();
  const pending = runtime.run;
  if (pending && pending.generation === runtime.generation && pending.epoch === engine.epoch)
    return pending.done;
  const run = createPendingRun(runtime.generation, engine.epoch);
  runtime.run = run;
  const settle = (): void => {
    if (runtime.run === run) runtime.run = null;
    run.finish();
  };
  engine.queue.push({
    // The concurrency slot is freed once the check answers; waiting for connectivity does not hold it.
    start: async () => {
      const checked = startCheck(engine, runtime, plannedAt);
      void checked
        .then((answer) => (answer ? absorb(engine, runtime, answer.result, answer.generation) : undefined))
        .catch(engine.reportError)
        .finally(settle);
      await checked;
    },
    drop: settle,
  });
  return run.done;
}

async function startCheck(
  engine: Engine,
  runtime: MonitorRuntime,
  plannedAt: number,
): Promise<{ result: CheckResult; generation: number } | null> {
  const epoch = engine.epoch;
  const generation = runtime.generation;
  if (!isCurrent(engine, runtime, generation, epoch)) return null;
  if (runtime.pausedReason !== null || (runtime.remote && engine.detector.isOffline())) return null;
  engine.stats.record(engine.clock.now() - plannedAt);
  const result = await runCheckSafely(engine.runCheck, runtime.monitor, runtime.options, engine.clock);
  return isCurrent(engine, runtime, generation, epoch) ? { result, generation } : null;
}

function isCurrent(engine: Engine, runtime: MonitorRuntime, generation: number, epoch: number): boolean {
  return (
    engine.running &&
    !engine.suspended &&
    epoch === engine.epoch &&
    runtime.generation === generation &&
    engine.runtimes.get(runtime.monitor.id) === runtime
  );
}

/** Folds a result into the monitor's state; a failing remote check first asks whether we are offline. */
async function absorb(
  engine: Engine,
  runtime: MonitorRuntime,
  result: CheckResult,
  generation: number,
): Promise<void> {
  const epoch = engine.epoch;
  if (runtime.remote && result.status === 'down') {
    await engine.detector.probe();
    if (!isCurrent(engine, runtime, generation, epoch)) return;
  }
  const now = engine.clock.now();
  const offline = runtime.remote && engine.detector.isOffline();
  const recorded = offline && result.status === 'down' ? blamedOnOffline(result) : result;
  runtime.lastResult = recorded;
  runtime.lastCheckedAt = now;
  runtime.notBefore = pauseAskedFor(result, now);
  const planned = engine.timeline.dueAt(monitorKey(runtime.monitor.id));
  if (runtime.notBefore !== null && planned !== null && planned < runtime.notBefore) {
    placeRun(engine, runtime, planned);
  }
  engine.results.emit({ monitorId: runtime.monitor.id, result: recorded });
  // While offline a remote monitor stays "unknown — you are offline"; its answers change nothing.
  if (!offline) {
    const verdict = judge(runtime.confirmation, result, engine.settings.checks, {
      at: now,
      holdFailures: resumeGraceUntil(engine) !== null,
    });
    runtime.confirmation = verdict.next;
    runtime.confirming = verdict.confirming;
    if (verdict.transition) emitTransition(engine, runtime, verdict.transition, result, now);
    if (verdict.recheckSoon)
      placeRun(engine, runtime, now + engine.settings.checks.recheckDelaySeconds * 1000);
  }
  engine.changes.emit();
}

/** A remote check that failed while the machine is offline says nothing about the site. */
function blamedOnOffline(result: CheckResult): CheckResult {
  return {
    ...result,
    status: 'unknown',
    cause: 'local_offline',
    details: { ...result.details, observedCause: result.cause },
  };
}
