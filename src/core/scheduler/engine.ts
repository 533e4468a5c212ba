import type { MonitorStatus } from '../../shared/app-state';
import type { CauseCode } from '../../shared/cause-codes';
import type { CheckResult } from '../../shared/check-result';
import type { Clock } from '../clock';
import type { LagStats } from './lag-stats';
import type { Listeners } from './listeners';
import type { RunCheck } from './monitor-runner';
import type { MonitorRuntime } from './monitor-runtime';
import type { OfflineDetector } from './offline-detector';
import type { RunQueue } from './run-queue';
import type { Timeline } from './timeline';
import type { ConnectivityChange, MonitorTransition, SchedulerSettings, SchedulerTuning } from './types';

/** The scheduler's shared state; the scheduler's parts are functions over it so each stays small. */
export interface Engine {
  readonly clock: Clock;
  readonly random: () => number;
  readonly tuning: SchedulerTuning;
  readonly runCheck: RunCheck;
  settings: SchedulerSettings;
  readonly runtimes: Map<string, MonitorRuntime>;
  readonly timeline: Timeline;
  readonly queue: RunQueue;
  readonly detector: OfflineDetector;
  readonly stats: LagStats;
  readonly results: Listeners<{ monitorId: string; result: CheckResult }>;
  readonly transitions: Listeners<MonitorTransition>;
  readonly connectivity: Listeners<ConnectivityChange>;
  readonly changes: Listeners<void>;
  readonly reportError: (error: unknown) => void;
  running: boolean;
  suspended: boolean;
  /** Bumped on stop, suspend and resume: answers to checks started before then are ignored. */
  epoch: number;
  snoozeEnd: number | null;
  graceEnd: number | null;
}

export const monitorKey = (id: string): string => `monitor:${id}`;

export function snoozedUntil(engine: Engine): number | null {
  return engine.snoozeEnd !== null && engine.clock.now() < engine.snoozeEnd ? engine.snoozeEnd : null;
}

export function resumeGraceUntil(engine: Engine): number | null {
  return engine.graceEnd !== null && engine.clock.now() < engine.graceEnd ? engine.graceEnd : null;
}

export function emitTransition(
  engine: Engine,
  runtime: MonitorRuntime,
  change: { from: MonitorStatus; to: MonitorStatus; cause: CauseCode },
  result: CheckResult | null,
  at: number,
): void {
  engine.transitions.emit({
    monitorId: runtime.monitor.id,
    ...change,
    result,
    at,
    duringSnooze: snoozedUntil(engine) !== null,
    duringGrace: resumeGraceUntil(engine) !== null,
  });
}

/** Sets a status that no check confirmed (paused, offline, reset), dropping any confirmation under way. */
export function setStatus(
  engine: Engine,
  runtime: MonitorRuntime,
  to: MonitorStatus,
  cause: CauseCode,
  now: number,
): void {
  const from = runtime.confirmation.status;
  runtime.confirming = false;
  runtime.confirmation = {
    status: to,
    cause,
    since: from === to ? runtime.confirmation.since : now,
    failStreak: 0,
    successStreak: 0,
  };
  if (from !== to) emitTransition(engine, runtime, { from, to, cause }, null, now);
}

export function activeRuntimes(engine: Engine): MonitorRuntime[] {
  return [...engine.runtimes.values()].filter((runtime) => runtime.pausedReason === null);
}
