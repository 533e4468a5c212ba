import type { MonitorStatus } from '../../shared/app-state';
import type { CauseCode } from '../../shared/cause-codes';
import type { IncidentEvent } from '../../shared/incident';
import type { Locale } from '../../shared/locale';
import type { WatchChange, WatchOverall } from './state-changes';
import { monitorTitle } from './watch-lines';

/** One line of `watch --json`; its shape is a promise to scripts, so it changes only deliberately. */
export type WatchJsonLine =
  | {
      type: 'monitor';
      at: number;
      monitorId: string;
      name: string;
      status: MonitorStatus;
      cause: CauseCode;
      /** The diagnosis headline in the chosen language; null while pending or paused. */
      title: string | null;
    }
  | { type: 'overall'; at: number; overall: WatchOverall; offline: boolean }
  | { type: 'incident'; at: number; incidentId: string; event: IncidentEvent };

/** The connection going away or coming back also changes `overall`, which carries `offline`. */
export function changeJson(change: WatchChange, locale: Locale): WatchJsonLine | null {
  switch (change.type) {
    case 'monitor':
      return {
        type: 'monitor',
        at: change.at,
        monitorId: change.state.monitor.id,
        name: change.state.monitor.name,
        status: change.state.status,
        cause: change.state.cause,
        title: monitorTitle(change.state, locale),
      };
    case 'connection':
      return null;
    case 'overall':
      return { type: 'overall', at: change.at, overall: change.overall, offline: change.offline };
  }
}

export function incidentJson(incidentId: string, event: IncidentEvent): WatchJsonLine {
  return { type: 'incident', at: event.at, incidentId, event };
}

export function jsonLine(line: WatchJsonLine): string {
  return `${JSON.stringify(line)}\n`;
}
