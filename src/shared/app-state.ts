import type { CauseCode } from './cause-codes';
import type { CheckResult, CheckStatus } from './check-result';
import type { CheckRunProgress } from './guide/check-run';
import type { IncidentSummary } from './incident';
import type { Locale } from './locale';
import type { Monitor } from './monitor';

/** A monitor's confirmed state: `pending` before its first result, `paused` when disabled, snoozed or in maintenance. */
export type MonitorStatus = CheckStatus | 'pending' | 'paused';

export interface MonitorState {
  monitor: Monitor;
  status: MonitorStatus;
  cause: CauseCode;
  /** When the current status began (epoch ms). */
  since: number | null;
  lastCheckedAt: number | null;
  lastResult: CheckResult | null;
  /** True while a failure is being confirmed by quick re-checks. */
  confirming: boolean;
  /** Why the monitor is paused, when it is. */
  pausedReason: 'disabled' | 'snoozed' | 'maintenance' | null;
}

export const OVERALL_STATUSES = ['ok', 'degraded', 'down', 'offline', 'paused'] as const;
export type OverallStatus = (typeof OVERALL_STATUSES)[number];

/** Everything the tray shows; the tray adapter draws this and decides nothing itself. */
export interface TrayModel {
  icon: OverallStatus;
  /** e.g. "shop.example.nl down since 14:02 — server error". */
  tooltip: string;
  /** The short macOS menu-bar title, e.g. "1 down"; empty when all is well. */
  title: string;
}

export interface AppState {
  overall: OverallStatus;
  counts: Record<MonitorStatus, number>;
  tray: TrayModel;
  monitors: MonitorState[];
  openIncidents: IncidentSummary[];
  offline: boolean;
  snoozedUntil: number | null;
  /** After a system resume nothing alerts until this moment. */
  resumeGraceUntil: number | null;
  locale: Locale;
  generatedAt: number;
  /** The last "check everything now", while it runs and after; absent before the first one. */
  checkRun?: CheckRunProgress;
}
