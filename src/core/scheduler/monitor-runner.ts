import type { CauseCode } from '../../shared/cause-codes';
import type { CheckOptions } from '../../shared/check-options';
import { DEFAULT_CHECK_OPTIONS } from '../../shared/check-options';
import type { CheckKind, CheckResult } from '../../shared/check-result';
import type { Monitor } from '../../shared/monitor';
import { MIN_INTERVAL_SECONDS } from '../../shared/monitor';
import type { Settings } from '../../shared/settings';
import { isRemoteTarget, parseTarget } from '../../shared/target';
import type { Clock } from '../clock';
import { settleWithin } from './deadline';

export type CheckSettings = Settings['checks'];

/** Runs one monitor's check; injected so the scheduler never knows how checks work. */
export type RunCheck = (monitor: Monitor, options: CheckOptions) => Promise<CheckResult>;

/** Past this multiple of its own timeout a check that has not answered is given up on. */
const WATCHDOG_TIMEOUT_FACTOR = 2;
const WATCHDOG_SLACK_MS = 5_000;

export function intervalMsFor(monitor: Monitor, checks: CheckSettings): number {
  return Math.max(MIN_INTERVAL_SECONDS, monitor.intervalSeconds ?? checks.intervalSeconds) * 1000;
}

export function checkOptionsFor(monitor: Monitor, checks: CheckSettings): CheckOptions {
  const options: CheckOptions = {
    ...DEFAULT_CHECK_OPTIONS,
    timeoutMs: (monitor.timeoutSeconds ?? checks.timeoutSeconds) * 1000,
  };
  if (monitor.maxRedirects !== undefined) options.maxRedirects = monitor.maxRedirects;
  if (monitor.expectedStatus !== undefined) options.expectedStatus = monitor.expectedStatus;
  if (monitor.keyword !== undefined) options.keyword = monitor.keyword;
  if (monitor.keywordAbsent !== undefined) options.keywordAbsent = monitor.keywordAbsent;
  if (monitor.slowThresholdMs !== undefined) options.slowThresholdMs = monitor.slowThresholdMs;
  if (monitor.tlsWarnDays !== undefined) options.tlsWarnDays = monitor.tlsWarnDays;
  if (monitor.minFreePercent !== undefined) options.minFreePercent = monitor.minFreePercent;
  return options;
}

/** Remote monitors need the internet; a target that does not parse is treated as local (never offline). */
export function monitorIsRemote(monitor: Monitor): boolean {
  const parsed = parseTarget(monitor.target);
  return parsed.ok && isRemoteTarget(parsed.target);
}

function kindOf(target: string): CheckKind {
  const parsed = parseTarget(target);
  return parsed.ok ? parsed.target.kind : 'http';
}

/** A result for when the check itself could not say anything: the owner sees "unknown", never a crash. */
export function unknownResult(
  kind: CheckKind,
  target: string,
  startedAt: number,
  durationMs: number,
  details: CheckResult['details'],
  cause: CauseCode = 'unknown',
): CheckResult {
  return {
    kind,
    target,
    status: 'unknown',
    cause,
    startedAt,
    durationMs,
    timings: { total: durationMs },
    details,
  };
}

/**
 * Runs a check without ever throwing. A check that throws, or that overruns its own timeout far enough
 * that it is clearly stuck, becomes an unknown result, so a bug in one check kind cannot hold a
 * concurrency slot for ever.
 */
export function runCheckSafely(
  runCheck: RunCheck,
  monitor: Monitor,
  options: CheckOptions,
  clock: Clock,
): Promise<CheckResult> {
  const startedAt = clock.now();
  const failed = (reason: string): CheckResult =>
    unknownResult(kindOf(monitor.target), monitor.target, startedAt, clock.now() - startedAt, {
      checkFailed: reason,
    });
  return settleWithin(
    clock,
    options.timeoutMs * WATCHDOG_TIMEOUT_FACTOR + WATCHDOG_SLACK_MS,
    () => runCheck(monitor, options),
    failed,
  );
}
