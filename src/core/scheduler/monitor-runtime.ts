import type { MonitorState } from '../../shared/app-state';
import type { CheckOptions } from '../../shared/check-options';
import type { CheckResult } from '../../shared/check-result';
import type { Monitor } from '../../shared/monitor';
import type { ConfirmationState } from './confirmation';
import { INITIAL_CONFIRMATION } from './confirmation';
import type { CheckSettings } from './monitor-runner';
import { checkOptionsFor, intervalMsFor, monitorIsRemote } from './monitor-runner';

export type PausedReason = 'disabled' | 'maintenance';

/** A check that is queued or in flight; callers of `checkNow` wait on `done`. */
export interface PendingRun {
  done: Promise<void>;
  finish(): void;
  /** The monitor generation and engine epoch it was started in; a run from before counts for nothing. */
  generation: number;
  epoch: number;
}

/** Everything the scheduler keeps per monitor. */
export interface MonitorRuntime {
  monitor: Monitor;
  remote: boolean;
  intervalMs: number;
  options: CheckOptions;
  confirmation: ConfirmationState;
  confirming: boolean;
  pausedReason: PausedReason | null;
  lastCheckedAt: number | null;
  lastResult: CheckResult | null;
  /** Bumped whenever an answer to an earlier check must no longer count (check changed, paused, removed). */
  generation: number;
  /** When the latest scheduled run was planned; the next one follows one interval later. */
  lastPlannedAt: number | null;
  run: PendingRun | null;
  /** No check before this moment: the server asked for a pause (Retry-After on a 429). */
  notBefore: number | null;
}

export function createRuntime(monitor: Monitor, checks: CheckSettings): MonitorRuntime {
  return {
    monitor,
    remote: monitorIsRemote(monitor),
    intervalMs: intervalMsFor(monitor, checks),
    options: checkOptionsFor(monitor, checks),
    confirmation: { ...INITIAL_CONFIRMATION },
    confirming: false,
    pausedReason: null,
    lastCheckedAt: null,
    lastResult: null,
    generation: 0,
    lastPlannedAt: null,
    run: null,
    notBefore: null,
  };
}

export function createPendingRun(generation: number, epoch: number): PendingRun {
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return { done, finish, generation, epoch };
}

/** The fields that change what a check does; any change makes earlier answers stale. */
export function checkIdentity(monitor: Monitor): string {
  return JSON.stringify([
    monitor.target,
    monitor.timeoutSeconds,
    monitor.keyword,
    monitor.keywordAbsent,
    monitor.expectedStatus,
    monitor.slowThresholdMs,
    monitor.maxRedirects,
    monitor.tlsWarnDays,
    monitor.minFreePercent,
  ]);
}

export function snapshotState(runtime: MonitorRuntime): MonitorState {
  return {
    monitor: runtime.monitor,
    status: runtime.confirmation.status,
    cause: runtime.confirmation.cause,
    since: runtime.confirmation.since,
    lastCheckedAt: runtime.lastCheckedAt,
    lastResult: runtime.lastResult,
    confirming: runtime.confirming,
    pausedReason: runtime.pausedReason,
  };
}
