import type { CauseCode } from '../../shared/cause-codes';
import type {
  CheckDetails,
  CheckKind,
  CheckResult,
  CheckStatus,
  CheckTimings,
} from '../../shared/check-result';
import type { CheckDeps } from './types';

export interface CheckOutcome {
  status: CheckStatus;
  cause: CauseCode;
  details?: CheckDetails;
  /** Phase marks, in milliseconds from the start of the check. */
  timings?: Omit<CheckTimings, 'total'>;
}

export interface CheckRun {
  /** Milliseconds since the check started, for phase marks and remaining time budgets. */
  elapsed(): number;
  finish(outcome: CheckOutcome): CheckResult;
}

function roundMs(ms: number): number {
  return Math.max(0, Math.round(ms * 10) / 10);
}

/** Starts the clock of one check; `finish` turns what it found into the result shape every check shares. */
export function beginCheck(kind: CheckKind, text: string, deps: CheckDeps): CheckRun {
  const startedAt = deps.now();
  const start = deps.monotonic();
  const elapsed = () => deps.monotonic() - start;
  return {
    elapsed,
    finish({ status, cause, details = {}, timings = {} }) {
      const total = roundMs(elapsed());
      const marks = Object.fromEntries(
        Object.entries(timings)
          .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
          .map(([phase, ms]) => [phase, roundMs(ms)]),
      );
      return {
        kind,
        target: text,
        status,
        cause,
        startedAt,
        durationMs: total,
        timings: { ...marks, total },
        details,
      };
    },
  };
}

/** The machine cannot tell (tool missing, no answer): never "down", because nothing was seen to fail. */
export function probeUnavailable(details: CheckDetails = {}): CheckOutcome {
  return { status: 'unknown', cause: 'unknown', details: { ...details, reason: 'probe_unavailable' } };
}

/** A check hit something it did not expect; the owner hears "could not check", never a stack trace. */
export function unexpectedFailure(details: CheckDetails = {}): CheckOutcome {
  return { status: 'unknown', cause: 'unknown', details: { ...details, reason: 'unexpected_error' } };
}
