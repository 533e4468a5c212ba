import { DEFAULT_CHECK_OPTIONS } from '../../shared/check-options';
import type { CheckResult } from '../../shared/check-result';
import type { Settings } from '../../shared/settings';
import { parseTarget } from '../../shared/target';
import { checkConnectivity, createCheckDeps, runCheck } from '../checks';
import type { SystemProbe } from '../checks/system-probe';
import type { RunCheck } from '../scheduler';

const CONNECTIVITY_TIMEOUT_MS = 3_000;

/** The real check engine behind the scheduler's injected runner. */
export function realCheckRunner(system?: SystemProbe): RunCheck {
  const deps = createCheckDeps(system);
  return async (monitor, options): Promise<CheckResult> => {
    const parsed = parseTarget(monitor.target);
    if (!parsed.ok) {
      const now = deps.now();
      return {
        kind: 'http',
        target: monitor.target,
        status: 'unknown',
        cause: 'unknown',
        startedAt: now,
        durationMs: 0,
        timings: { total: 0 },
        details: { reason: parsed.error },
      };
    }
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
