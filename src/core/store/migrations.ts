import type { DatabaseSync } from 'node:sqlite';
import { DatabaseTooNewError } from '../service-contract';

export interface Migration {
  version: number;
  sql: string;
}

/**
 * Append-only: a released migration is never edited, a change is a new entry. `PRAGMA user_version`
 * records the last one applied.
 *
 * Result tables refer to monitors by `monitors.seq`, a small integer, rather than the public UUID: a
 * results row is written 33 times a second at the benchmark's load and the UUID would more than double
 * its size. `status` is stored as 0 up, 1 degraded, 2 down, 3 unknown for the same reason. Raw results
 * are clustered by (monitor, time) in a WITHOUT ROWID table: one monitor's history is a contiguous
 * range, so reading a chart or rolling up and deleting a day touches a few pages instead of one page
 * per row (with 1,000 monitors interleaved in time, that made compaction seven times slower). The key
 * is unique, so a second result of one monitor in the same millisecond is stored 1 ms later.
 * Response-time columns count only checks that answered (up or degraded); a rollup's percentiles are
 * nearest-rank over that hour's answered checks.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE monitors (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        target TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '{}',
        enabled INTEGER NOT NULL DEFAULT 1,
        created_at INTEGER NOT NULL,
        position INTEGER NOT NULL
      );

      CREATE TABLE check_results (
        monitor_seq INTEGER NOT NULL REFERENCES monitors (seq) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        status INTEGER NOT NULL,
        cause TEXT NOT NULL,
        duration_ms INTEGER NOT NULL,
        details TEXT,
        PRIMARY KEY (monitor_seq, at)
      ) WITHOUT ROWID;

      CREATE TABLE check_rollups (
        monitor_seq INTEGER NOT NULL REFERENCES monitors (seq) ON DELETE CASCADE,
        hour_start INTEGER NOT NULL,
        total INTEGER NOT NULL,
        up INTEGER NOT NULL,
        degraded INTEGER NOT NULL,
        down INTEGER NOT NULL,
        unknown INTEGER NOT NULL,
        sum_ms INTEGER NOT NULL,
        count_ms INTEGER NOT NULL,
        min_ms INTEGER,
        max_ms INTEGER,
        p50_ms INTEGER,
        p95_ms INTEGER,
        p99_ms INTEGER,
        PRIMARY KEY (monitor_seq, hour_start)
      ) WITHOUT ROWID;

      CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        group_key TEXT NOT NULL,
        scope TEXT NOT NULL,
        monitor_ids TEXT NOT NULL,
        cause TEXT NOT NULL,
        phase TEXT NOT NULL,
        opened_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        resolved_at INTEGER,
        details TEXT NOT NULL
      );
      CREATE INDEX incidents_by_opened ON incidents (opened_at);
      CREATE INDEX open_incidents_by_opened ON incidents (opened_at) WHERE resolved_at IS NULL;

      CREATE TABLE incident_events (
        id INTEGER PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        type TEXT NOT NULL,
        monitor_id TEXT,
        cause TEXT,
        phase TEXT,
        text TEXT,
        details TEXT
      );
      CREATE INDEX incident_events_by_incident ON incident_events (incident_id, at, id);

      CREATE TABLE message_log (
        id INTEGER PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        at INTEGER NOT NULL,
        audience TEXT NOT NULL,
        channel TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX message_log_by_incident ON message_log (incident_id, at, id);
    `,
  },
  {
    // The recovery guide's progress of one incident, as one JSON document (see GuideProgress): it is read
    // and written whole, never queried by its parts. Earlier incidents are looked up by cause.
    version: 2,
    sql: `
      CREATE TABLE guide_progress (
        incident_id TEXT PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
        progress TEXT NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX resolved_incidents_by_cause ON incidents (cause, opened_at) WHERE resolved_at IS NOT NULL;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.reduce(
  (latest, migration) => Math.max(latest, migration.version),
  0,
);

export function readUserVersion(connection: DatabaseSync): number {
  const row = connection.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
  return row?.user_version ?? 0;
}

/**
 * Applies every migration newer than the file, each in its own transaction together with its version
 * bump; the version is re-read under the write lock so two processes starting at once cannot both apply it.
 */
export function migrate(connection: DatabaseSync, path: string): void {
  const found = readUserVersion(connection);
  if (found > SCHEMA_VERSION) throw new DatabaseTooNewError(path, found, SCHEMA_VERSION);
  for (const migration of MIGRATIONS) {
    if (migration.version <= found) continue;
    connection.exec('BEGIN IMMEDIATE');
    try {
      const current = readUserVersion(connection);
      if (current > SCHEMA_VERSION) throw new DatabaseTooNewError(path, current, SCHEMA_VERSION);
      if (migration.version > current) {
        connection.exec(migration.sql);
        connection.exec(`PRAGMA user_version = ${migration.version}`);
      }
      connection.exec('COMMIT');
    } catch (error) {
      if (connection.isTransaction) connection.exec('ROLLBACK');
      throw error;
    }
  }
}
