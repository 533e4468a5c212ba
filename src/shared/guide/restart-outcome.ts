import type { CauseCode } from '../cause-codes';
import type { CheckStatus } from '../check-result';

/** Lines of a restart command's output kept for the timeline and the screen. */
export const RESTART_OUTPUT_LINES = 10;

/** What running a monitor's restart command did, and what the check right after it found. */
export interface RestartOutcome {
  monitorId: string;
  /** The open incident of that monitor the outcome was written into, if there is one. */
  incidentId: string | null;
  at: number;
  /** 'ran' exited by itself (see exitCode); 'timed_out' was stopped; 'not_started' could not be run at all. */
  result: 'ran' | 'timed_out' | 'not_started';
  exitCode: number | null;
  /** The last lines of standard output and error together, in the order they came. */
  outputTail: string[];
  durationMs: number;
  /** The check run right after the command; null when the monitor could not be checked. */
  recheck: { status: CheckStatus; cause: CauseCode } | null;
}
