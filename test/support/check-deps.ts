import { createCheckDeps } from '../../src/core/checks/check-deps';
import type { CheckDeps, TargetOf } from '../../src/core/checks/types';
import { parseTarget, type Target } from '../../src/shared/target';
import { fakeSystemProbe } from '../fixtures/fake-system-probe';

/**
 * Real clocks and a machine that answers nothing: for checks that look at the network, never at the
 * local system, so a stray probe question shows up as "cannot tell" instead of reading this machine.
 */
export function networkCheckDeps(overrides: Partial<CheckDeps> = {}): CheckDeps {
  return { ...createCheckDeps(fakeSystemProbe()), ...overrides };
}

/** The target a test wrote as text; a typo in the test fails loudly instead of checking something else. */
export function targetOf<K extends Target['kind']>(kind: K, text: string): TargetOf<K> {
  const parsed = parseTarget(text);
  if (!parsed.ok || parsed.target.kind !== kind) throw new Error(`not a ${kind} target: ${text}`);
  return parsed.target as TargetOf<K>;
}
