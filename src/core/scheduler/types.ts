import type { MonitorStatus } from '../../shared/app-state';
import type { CauseCode } from '../../shared/cause-codes';
import type { CheckResult } from '../../shared/check-result';
import type { Settings } from '../../shared/settings';
import type { Clock } from '../clock';
import type { RunCheck } from './monitor-runner';
import type { CheckConnectivity } from './offline-detector';

/** The part of the settings the scheduler follows; `setSettings` applies changes at runtime. */
export type SchedulerSettings = Pick<Settings, 'checks' | 'maintenanceWindows'>;

/** Engine constants that are not user settings; tests and benchmarks may override them. */
export interface SchedulerTuning {
  /** How often connectivity is probed while online, so offline is noticed even without failures. */
  connectivityIntervalMs: number;
  /** How often connectivity is probed while offline, to notice the internet is back. */
  offlineRecheckMs: number;
  /** How long a connectivity answer is reused by failing monitors. */
  connectivityCacheMs: number;
  /** A connectivity probe that has not answered by then counts as "cannot tell". */
  connectivityGiveUpMs: number;
  /** A timer firing later than this means the machine slept (or the wall clock jumped): treat as a resume. */
  resumeDetectLateMs: number;
  /** First runs are spread over min(interval, monitors × this), so a few monitors start almost at once. */
  firstRunSpacingMs: number;
  /** Per-run jitter is up to 5 % of the interval, capped at this. */
  maxRunJitterMs: number;
  /** The re-check of every monitor after a resume grace period is spread over this. */
  resumeSpreadMs: number;
}

export const DEFAULT_TUNING: SchedulerTuning = {
  connectivityIntervalMs: 60_000,
  offlineRecheckMs: 15_000,
  connectivityCacheMs: 3_000,
  connectivityGiveUpMs: 30_000,
  resumeDetectLateMs: 60_000,
  firstRunSpacingMs: 250,
  maxRunJitterMs: 1_000,
  resumeSpreadMs: 5_000,
};

export interface SchedulerDeps {
  clock: Clock;
  runCheck: RunCheck;
  checkConnectivity: CheckConnectivity;
  settings: SchedulerSettings;
  /** Uniform in [0, 1); injected so tests decide the jitter. */
  random?: () => number;
  tuning?: Partial<SchedulerTuning>;
  /** Where a listener's exception goes; the scheduler itself carries on. */
  onError?: (error: unknown) => void;
}

/** A confirmed change of a monitor's status. */
export interface MonitorTransition {
  monitorId: string;
  from: MonitorStatus;
  to: MonitorStatus;
  cause: CauseCode;
  /** The check that settled it; null when no check did (paused, offline, target changed). */
  result: CheckResult | null;
  at: number;
  /** Snoozed: record it, but open no incident and send no notification. */
  duringSnooze: boolean;
  /** Within the grace period after a system resume. */
  duringGrace: boolean;
}

export interface ConnectivityChange {
  online: boolean;
  result: CheckResult;
  at: number;
  duringSnooze: boolean;
}
