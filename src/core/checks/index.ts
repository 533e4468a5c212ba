import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from '../../shared/check-options';
import type { CheckResult } from '../../shared/check-result';
import { parseTarget, type Target, type TargetKind, type TargetParseError } from '../../shared/target';
import { createCheckDeps } from './check-deps';
import { beginCheck, unexpectedFailure } from './check-run';
import { checkDisk } from './disk';
import { checkDns } from './dns';
import { checkHttp } from './http';
import { checkProcess } from './process';
import { checkService } from './service';
import { checkTcp } from './tcp';
import { checkTls } from './tls';
import type { CheckDeps, CheckFn } from './types';

export { createCheckDeps } from './check-deps';
export { checkConnectivity, type ConnectivityConfig } from './connectivity';
export { createSystemProbe } from './system-probe-default';
export type { CheckDeps, CheckFn } from './types';
export type { SystemProbe } from './system-probe';

type CheckRegistry = { [K in TargetKind]: CheckFn<K> };

const CHECKS: CheckRegistry = {
  http: checkHttp,
  tls: checkTls,
  dns: checkDns,
  tcp: checkTcp,
  process: checkProcess,
  service: checkService,
  disk: checkDisk,
};

/**
 * Runs the check for one target. Whatever goes wrong inside a check becomes "unknown": the app
 * never crashes on a check and never calls something up that it did not see working.
 */
export async function runCheck(
  target: Target,
  text: string,
  options: CheckOptions,
  deps: CheckDeps,
  registry: CheckRegistry = CHECKS,
): Promise<CheckResult> {
  const run = beginCheck(target.kind, text, deps);
  try {
    // the map pairs every kind with its own check, so this target is the one that check expects
    const check = registry[target.kind] as CheckFn<TargetKind>;
    return await check(target, text, options, deps);
  } catch {
    return run.finish(unexpectedFailure());
  }
}

export type CheckTargetOutcome = { ok: true; result: CheckResult } | { ok: false; error: TargetParseError };

/** Parses target text as the user wrote it and checks it; text that is no target is an error value. */
export async function checkTarget(
  text: string,
  options: Partial<CheckOptions> = {},
  deps: CheckDeps = createCheckDeps(),
): Promise<CheckTargetOutcome> {
  const parsed = parseTarget(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const result = await runCheck(parsed.target, text.trim(), { ...DEFAULT_CHECK_OPTIONS, ...given }, deps);
  return { ok: true, result };
}
