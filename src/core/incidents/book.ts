import type { Incident } from '../../shared/incident';

/** The open incidents and the little memory the rules need between inputs. Never mutated in place. */
export interface IncidentBook {
  /** Open (unresolved) incidents by id. */
  readonly open: ReadonlyMap<string, Incident>;
  /** The machine's own connection is down; remote failures open nothing meanwhile. */
  readonly offline: boolean;
  /** Resolved incidents this book has seen, so owner inputs on them answer `already_resolved`. */
  readonly resolvedIds: ReadonlySet<string>;
  /** When each monitor last got a certificate reminder. */
  readonly certificateNoticeAt: ReadonlyMap<string, number>;
}

export const OFFLINE_GROUP_KEY = 'offline';

export function emptyIncidentBook(): IncidentBook {
  return { open: new Map(), offline: false, resolvedIds: new Set(), certificateNoticeAt: new Map() };
}

type OpenIncidents = Pick<IncidentBook, 'open'>;

/** The open incident for a group key; the newest one should a restored book ever hold two. */
export function incidentOfGroup(book: OpenIncidents, groupKey: string): Incident | undefined {
  return newest([...book.open.values()].filter((incident) => incident.groupKey === groupKey));
}

/** The open incident a monitor belongs to. */
export function incidentOfMonitor(book: OpenIncidents, monitorId: string): Incident | undefined {
  return newest([...book.open.values()].filter((incident) => incident.monitorIds.includes(monitorId)));
}

/** Open incidents, oldest first. */
export function openIncidents(book: OpenIncidents): Incident[] {
  return [...book.open.values()].sort((a, b) => a.openedAt - b.openedAt);
}

function newest(incidents: Incident[]): Incident | undefined {
  return incidents.sort((a, b) => b.openedAt - a.openedAt)[0];
}
