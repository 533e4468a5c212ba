import { DEFAULT_CHECK_OPTIONS } from '../../shared/check-options';
import type { CheckResult } from '../../shared/check-result';
import type { Settings } from '../../shared/settings';
import type { Monitor } from '../../shared/monitor';
import type { TargetParseResult } from '../../shared/target';
import { parseTarget } from '../../shared/target';
import { checkConnectivity, createCheckDeps, runCheck } from '../checks';
import type { SystemProbe } from '../checks/system-probe';
import type { RunCheck } from '../scheduler';
import { unknownResult } from '../scheduler/monitor-runner';

const CONNECTIVITY_TIMEOUT_MS = 3_000;

/** The real check engine behind the scheduler's injected runner. */
export function realCheckRunner(system?: SystemProbe): RunCheck {
  const deps = createCheckDeps(system);
  // The scheduler hands over the same Monitor object until the monitor is edited, so a target is parsed
  // once per edit rather than once per check.
  const parsedTargets = new WeakMap<Monitor, TargetParseResult>();
  return async (monitor, options): Promise<CheckResult> => {
    let parsed = parsedTargets.get(monitor);
    if (!parsed) {
      parsed = parseTarget(monitor.target);
      parsedTargets.set(monitor, parsed);
    }
    if (!parsed.ok) return unknownResult('http', monitor.target, deps.now(), 0, { reason: parsed.error });
    return runCheck(parsed.target, monitor.target, options, deps);
  };
}

/** The connectivity probe, reading the reference list from the current settings at every run. */
export function realConnectivityCheck(
  settings: () => Settings,
  system?: SystemProbe,
): () => Promise<CheckResult> {
  const deps = createCheckDeps(system);
  return () =>
    checkConnectivity(
      settings().connectivity,
      { ...DEFAULT_CHECK_OPTIONS, timeoutMs: CONNECTIVITY_TIMEOUT_MS },
      deps,
    );
}
