import type { MonitorStatus } from '../../shared/app-state';
import type { CauseCode } from '../../shared/cause-codes';
import type { CheckResult } from '../../shared/check-result';

/** What one monitor has confirmed so far, and the evidence gathered towards the next change. */
export interface ConfirmationState {
  status: MonitorStatus;
  cause: CauseCode;
  since: number | null;
  /** Failures in a row while the monitor is not (yet) down. */
  failStreak: number;
  /** Successes in a row while the monitor is down. */
  successStreak: number;
}

export interface ConfirmationPolicy {
  /** Quick re-checks that must also fail after a first failure. */
  confirmRechecks: number;
  /** Successes in a row before a down monitor is back. */
  recoveryThreshold: number;
}

export interface ConfirmationContext {
  at: number;
  /** After a system resume failures are recorded but none may confirm a monitor down. */
  holdFailures: boolean;
}

export interface Verdict {
  next: ConfirmationState;
  /** A failure is being confirmed: the status stays what it was until the re-checks agree. */
  confirming: boolean;
  /** Check again after the short re-check delay rather than the normal interval. */
  recheckSoon: boolean;
  transition: { from: MonitorStatus; to: MonitorStatus; cause: CauseCode } | null;
}

export const INITIAL_CONFIRMATION: ConfirmationState = {
  status: 'pending',
  cause: 'unknown',
  since: null,
  failStreak: 0,
  successStreak: 0,
};

/**
 * Folds one check result into a monitor's confirmed state, Gatus-style: down only after the first failure
 * and `confirmRechecks` re-checks all failed, back only after `recoveryThreshold` successes in a row.
 * Degraded is a success that is reported at once. Unknown says nothing about the site: it neither
 * confirms down nor counts towards recovery.
 */
export function judge(
  state: ConfirmationState,
  result: CheckResult,
  policy: ConfirmationPolicy,
  context: ConfirmationContext,
): Verdict {
  switch (result.status) {
    case 'down':
      return judgeFailure(state, result, policy, context);
    case 'up':
    case 'degraded':
      return judgeSuccess(state, result, policy, context);
    case 'unknown':
      return judgeUnknown(state, result, context);
  }
}

function changeTo(state: ConfirmationState, result: CheckResult, at: number): Verdict {
  return {
    next: { status: result.status, cause: result.cause, since: at, failStreak: 0, successStreak: 0 },
    confirming: false,
    recheckSoon: false,
    transition: { from: state.status, to: result.status, cause: result.cause },
  };
}

function stay(next: ConfirmationState, confirming = false, recheckSoon = false): Verdict {
  return { next, confirming, recheckSoon, transition: null };
}

function judgeFailure(
  state: ConfirmationState,
  result: CheckResult,
  policy: ConfirmationPolicy,
  context: ConfirmationContext,
): Verdict {
  if (state.status === 'down') return stay({ ...state, cause: result.cause, successStreak: 0 });
  const failStreak = state.failStreak + 1;
  if (context.holdFailures) {
    // The evidence is kept, one short of enough: the first re-check after the grace period decides.
    return stay({ ...state, failStreak: Math.min(failStreak, policy.confirmRechecks) }, true, false);
  }
  if (failStreak > policy.confirmRechecks) return changeTo(state, result, context.at);
  return stay({ ...state, failStreak }, true, true);
}

function judgeSuccess(
  state: ConfirmationState,
  result: CheckResult,
  policy: ConfirmationPolicy,
  context: ConfirmationContext,
): Verdict {
  if (state.status === 'down') {
    const successStreak = state.successStreak + 1;
    if (successStreak >= policy.recoveryThreshold) return changeTo(state, result, context.at);
    return stay({ ...state, successStreak }, false, true);
  }
  if (state.status !== result.status) return changeTo(state, result, context.at);
  return stay({ ...state, cause: result.cause, failStreak: 0 });
}

function judgeUnknown(state: ConfirmationState, result: CheckResult, context: ConfirmationContext): Verdict {
  if (state.status === 'down') return stay({ ...state, successStreak: 0 });
  if (state.status === 'unknown') return stay({ ...state, cause: result.cause, failStreak: 0 });
  return changeTo(state, result, context.at);
}
