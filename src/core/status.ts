import type { MonitorState, MonitorStatus, OverallStatus, TrayModel } from '../shared/app-state';
import type { StatusContext } from './status-context';
import { isSnoozed } from './status-context';
import { trayModel } from './status-tray';

export type { StatusContext };
export { isSnoozed };

export interface StatusSummary {
  overall: OverallStatus;
  counts: Record<MonitorStatus, number>;
  tray: TrayModel;
}

export function countStatuses(states: readonly MonitorState[]): Record<MonitorStatus, number> {
  const counts: Record<MonitorStatus, number> = {
    up: 0,
    degraded: 0,
    down: 0,
    unknown: 0,
    pending: 0,
    paused: 0,
  };
  for (const state of states) counts[state.status] += 1;
  return counts;
}

/**
 * offline > down > degraded > paused (snoozed, or nothing left to check) > ok. Unknown and pending alone
 * count as ok: nothing is known to be wrong.
 */
export function overallStatus(
  counts: Record<MonitorStatus, number>,
  total: number,
  context: Pick<StatusContext, 'offline' | 'snoozedUntil' | 'now'>,
): OverallStatus {
  if (context.offline) return 'offline';
  if (counts.down > 0) return 'down';
  if (counts.degraded > 0) return 'degraded';
  if (isSnoozed(context) || (total > 0 && counts.paused === total)) return 'paused';
  return 'ok';
}

/** Per-monitor states to the overall state and exactly what the tray draws. */
export function computeStatus(states: readonly MonitorState[], context: StatusContext): StatusSummary {
  const counts = countStatuses(states);
  const overall = overallStatus(counts, states.length, context);
  return { overall, counts, tray: trayModel(states, counts, overall, context) };
}
