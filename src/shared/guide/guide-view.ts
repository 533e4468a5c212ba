import type { Incident } from '../incident';
import type { FixStepId } from './fix-guides/fix-step-ids';
import type { GuideProgress } from './guide-progress';

/**
 * An earlier incident with the same cause on the same monitor, as steps 1 and 3 recall it: "Last time
 * (12 March) restoring the backup fixed it, in 40 minutes".
 */
export interface EarlierRecovery {
  incidentId: string;
  openedAt: number;
  resolvedAt: number;
  /** From detection to resolve. */
  durationMs: number;
  /** The fix steps the owner marked as having worked, in the order they were marked. */
  workedFixes: FixStepId[];
  /** A restart command from the config file ran and the monitor passed its re-check. */
  restartWorked: boolean;
  /** The review's answer to "what caused it", when the owner wrote one. */
  whatCaused: string;
}

/** Everything the guide's screens need about one incident, in one answer. */
export interface GuideView {
  incident: Incident;
  progress: GuideProgress;
  /** Monitors of this incident that have a restart command (set in the config file only). */
  restartableMonitorIds: string[];
  /** Earlier recoveries of the same cause on a monitor of this incident, newest first. */
  memory: EarlierRecovery[];
}
