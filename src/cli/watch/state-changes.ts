import type { AppState, MonitorState, OverallStatus } from '../../shared/app-state';

/** The overall state as `watch` tells it: "all fine" is not said before every monitor has been checked. */
export type WatchOverall = OverallStatus | 'checking';

/** One thing worth a line in `watch`, found by comparing two state snapshots. */
export type WatchChange =
  | { type: 'monitor'; at: number; state: MonitorState }
  | { type: 'connection'; at: number; offline: boolean }
  | { type: 'overall'; at: number; overall: WatchOverall; offline: boolean };

function overallOf(state: AppState): WatchOverall {
  return state.overall === 'ok' && state.counts.pending > 0 ? 'checking' : state.overall;
}

function sameStatus(a: MonitorState, b: MonitorState): boolean {
  return a.status === b.status && a.cause === b.cause && a.pausedReason === b.pausedReason;
}

/** When the change happened: a new status dates from `since`, a new cause (or pause reason) from the latest news. */
function changedAt(before: MonitorState | undefined, after: MonitorState, generatedAt: number): number {
  if (before === undefined || before.status !== after.status) return after.since ?? generatedAt;
  const known = [after.lastCheckedAt, after.since].filter((at): at is number => at !== null);
  return known.length === 0 ? generatedAt : Math.max(...known);
}

/**
 * What changed from one snapshot to the next. The service coalesces its state pushes, so a snapshot may
 * carry several changes, and a status that went there and back in between is (rightly) not one.
 * Without a previous snapshot every monitor and the overall state count as changed: the starting picture.
 */
export function stateChanges(previous: AppState | null, next: AppState): WatchChange[] {
  const before = new Map(previous?.monitors.map((state) => [state.monitor.id, state]));
  const changes: WatchChange[] = [];
  for (const state of next.monitors) {
    const old = before.get(state.monitor.id);
    if (old !== undefined && sameStatus(old, state)) continue;
    changes.push({ type: 'monitor', at: changedAt(old, state, next.generatedAt), state });
  }
  if (previous !== null && previous.offline !== next.offline)
    changes.push({ type: 'connection', at: next.generatedAt, offline: next.offline });
  const overall = overallOf(next);
  if (previous === null || overallOf(previous) !== overall || previous.offline !== next.offline)
    changes.push({ type: 'overall', at: next.generatedAt, overall, offline: next.offline });
  return changes;
}
