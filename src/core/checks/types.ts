import type { CheckOptions } from '../../shared/check-options';
import type { CheckResult } from '../../shared/check-result';
import type { Target } from '../../shared/target';
import type { SystemProbe } from './system-probe';

/** Everything a check reaches outside itself, injectable so tests control it. */
export interface CheckDeps {
  /** Epoch milliseconds. */
  now(): number;
  /** High-resolution milliseconds for durations and phase timings. */
  monotonic(): number;
  system: SystemProbe;
}

export type TargetOf<K extends Target['kind']> = Extract<Target, { kind: K }>;

/**
 * One check kind: looks at the real thing and reports what it found. It never throws; every failure
 * becomes a result with a cause. `text` is the target as the user wrote it and becomes `result.target`.
 */
export type CheckFn<K extends Target['kind']> = (
  target: TargetOf<K>,
  text: string,
  options: CheckOptions,
  deps: CheckDeps,
) => Promise<CheckResult>;
