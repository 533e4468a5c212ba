import type { SystemProbe } from './system-probe';
import { createSystemProbe } from './system-probe-default';
import type { CheckDeps } from './types';

/** The real world: wall clock, high-resolution timer and this machine's system probe. */
export function createCheckDeps(system: SystemProbe = createSystemProbe()): CheckDeps {
  return { now: () => Date.now(), monotonic: () => performance.now(), system };
}
