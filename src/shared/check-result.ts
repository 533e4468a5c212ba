import type { CauseCode } from './cause-codes';

export const CHECK_KINDS = [
  'http',
  'tls',
  'dns',
  'tcp',
  'process',
  'service',
  'disk',
  'connectivity',
] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const CHECK_STATUSES = ['up', 'degraded', 'down', 'unknown'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** Milliseconds from the start of the check; a phase that did not happen is absent. */
export interface CheckTimings {
  dns?: number;
  connect?: number;
  tls?: number;
  firstByte?: number;
  total: number;
}

/**
 * Facts a check found, kept flat so they store as JSON and fill message templates
 * (e.g. `statusCode`, `host`, `daysLeft`, `errorCode`, `errorPage`, `freePercent`).
 */
export type CheckDetails = Record<string, string | number | boolean | null>;

export interface CheckResult {
  kind: CheckKind;
  /** The target as the user wrote it, e.g. `https://shop.example.nl` or `tcp://127.0.0.1:5432`. */
  target: string;
  status: CheckStatus;
  cause: CauseCode;
  /** Epoch milliseconds. */
  startedAt: number;
  durationMs: number;
  timings: CheckTimings;
  details: CheckDetails;
}
