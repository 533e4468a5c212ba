/**
 * Test child for durability.test.ts: saves incidents in an endless loop and prints, after each save
 * returned, every incident it touched with the number of events that incident now has. The test kills it
 * with SIGKILL mid-loop and checks that everything printed is in the database.
 */
import type { Incident, IncidentEvent } from '../../shared/incident';
import { openDatabase } from './database';
import { IncidentRepository } from './incident-repository';

const [path, prefix] = process.argv.slice(2);
if (!path || !prefix) throw new Error('usage: durability-child <database> <id-prefix>');

const incidents = new IncidentRepository(openDatabase(path));
const note = 'The owner called the hosting company; they are looking into it. '.repeat(4);

function incident(id: string, at: number): Incident {
  return {
    id,
    groupKey: `host:${id}.example.nl`,
    scope: 'site',
    monitorIds: ['monitor-1'],
    cause: 'connection_refused',
    phase: 'investigating',
    openedAt: at,
    updatedAt: at,
    resolvedAt: null,
    details: { host: `${id}.example.nl`, errorCode: 'ECONNREFUSED' },
    timeline: [],
  };
}

for (let n = 0; ; n += 1) {
  const at = Date.now();
  const id = `${prefix}-${n}`;
  const opened: IncidentEvent[] = [
    { at, type: 'detected', monitorId: 'monitor-1', cause: 'connection_refused' },
    { at, type: 'check_failed', monitorId: 'monitor-1', details: { errorCode: 'ECONNREFUSED' } },
    { at, type: 'note', text: note },
  ];
  const changes = [{ incident: incident(id, at), appended: opened }];
  const previous = n > 0 ? `${prefix}-${n - 1}` : null;
  if (previous) {
    changes.push({
      incident: incident(previous, at),
      appended: [{ at, type: 'check_failed', monitorId: 'monitor-1' }],
    });
  }
  incidents.saveChanges(changes);
  process.stdout.write(`${id}:3${previous ? ` ${previous}:4` : ''}\n`);
}
