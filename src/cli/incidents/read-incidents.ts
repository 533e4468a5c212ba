import { existsSync } from 'node:fs';
import type { StartupNotice } from '../../core/service-contract';
import { dataPaths } from '../../core/store/data-dir';
import { openDatabase } from '../../core/store/database';
import { IncidentRepository } from '../../core/store/incident-repository';
import { MonitorRepository } from '../../core/store/monitor-repository';
import type { Incident } from '../../shared/incident';
import { incidentMonitorNames } from '../../shared/incident-events';

/** An incident with its timeline and the names of every monitor it mentions, as `incidents` shows it. */
export interface NamedIncident extends Incident {
  /** Monitor id → name: today's name, or the one the timeline recorded for a monitor deleted since. */
  monitorNames: Record<string, string>;
}

export interface IncidentHistory {
  incidents: NamedIncident[];
  /** What opening the database had to repair (a damaged file set aside). */
  notices: StartupNotice[];
}

function mentionedNames(incident: Incident, current: ReadonlyMap<string, string>): Record<string, string> {
  const names = incidentMonitorNames(incident, current);
  const mentioned = new Set([
    ...incident.monitorIds,
    ...incident.timeline.flatMap((event) => event.monitorId ?? []),
  ]);
  const known: Record<string, string> = {};
  for (const id of mentioned) {
    const name = names.get(id);
    if (name !== undefined) known[id] = name;
  }
  return known;
}

/**
 * Reads the newest incidents, open and resolved, with their timelines, straight from the database: no
 * scheduler, no checks. The database is open only for the reading; SQLite's WAL lets a running `watch`,
 * `web` or desktop app keep writing meanwhile. A data folder without a database yields no incidents and
 * creates nothing. Throws DatabaseTooNewError, leaving the file untouched, for a newer Back Online's data.
 */
export function readIncidentHistory(dataDir: string, limit: number): IncidentHistory {
  const path = dataPaths(dataDir).database;
  if (!existsSync(path)) return { incidents: [], notices: [] };
  const database = openDatabase(path);
  try {
    const repository = new IncidentRepository(database);
    const current = new Map(
      new MonitorRepository(database).list().map((monitor) => [monitor.id, monitor.name]),
    );
    const incidents = repository
      .list({ includeResolved: true, limit })
      .flatMap((summary) => repository.get(summary.id) ?? [])
      .map((incident) => ({ ...incident, monitorNames: mentionedNames(incident, current) }));
    return { incidents, notices: database.notices };
  } finally {
    database.close();
  }
}
