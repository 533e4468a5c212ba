import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseTooNewError } from '../service-contract';
import { openDatabase } from './database';
import { SCHEMA_VERSION } from './migrations';
import { TempStore } from './store-test-helpers';

const store = new TempStore();
afterEach(() => store.cleanUp());

const FIXED_NOW = Date.UTC(2026, 10, 28, 9, 30, 15, 250);

function schemaObjects(db: DatabaseSync): string[] {
  const rows = db
    .prepare(
      "SELECT type || ':' || name AS entry FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY 1",
    )
    .all() as { entry: string }[];
  return rows.map((row) => row.entry);
}

function pragma(db: DatabaseSync, name: string): unknown {
  return Object.values(db.prepare(`PRAGMA ${name}`).get() ?? {})[0];
}

const SUFFIXES = ['', '-wal', '-shm'];
const snapshot = (path: string) =>
  SUFFIXES.map((suffix) => (existsSync(path + suffix) ? readFileSync(path + suffix) : null));

describe('openDatabase', () => {
  it('creates the folder, the tables and indexes, and records the schema version', () => {
    const path = join(store.folder(), 'nested', 'deeper', 'back-online.db');
    const db = store.open(path);
    expect(existsSync(path)).toBe(true);
    expect(db.notices).toEqual([]);
    expect(schemaObjects(db.connection)).toEqual([
      'index:incident_events_by_incident',
      'index:incidents_by_opened',
      'index:message_log_by_incident',
      'index:open_incidents_by_opened',
      'index:resolved_incidents_by_cause',
      'table:check_results',
      'table:check_rollups',
      'table:guide_progress',
      'table:incident_events',
      'table:incidents',
      'table:message_log',
      'table:monitors',
    ]);
    expect(pragma(db.connection, 'user_version')).toBe(SCHEMA_VERSION);
  });

  it('runs in WAL mode with synchronous=NORMAL, foreign keys and a busy timeout', () => {
    const db = store.open();
    expect(pragma(db.connection, 'journal_mode')).toBe('wal');
    expect(pragma(db.connection, 'synchronous')).toBe(1);
    expect(pragma(db.connection, 'foreign_keys')).toBe(1);
    expect(pragma(db.connection, 'busy_timeout')).toBeGreaterThanOrEqual(1000);
  });

  it('reopens an existing database without migrating again or losing data', () => {
    const path = join(store.folder(), 'back-online.db');
    const first = openDatabase(path);
    first.connection
      .prepare(
        "INSERT INTO monitors (id, name, target, created_at, position) VALUES ('m1', 'Shop', 'https://a.nl', 1, 0)",
      )
      .run();
    const schemaBefore = schemaObjects(first.connection);
    first.close();

    const second = store.open(path);
    expect(second.notices).toEqual([]);
    expect(schemaObjects(second.connection)).toEqual(schemaBefore);
    expect(pragma(second.connection, 'user_version')).toBe(SCHEMA_VERSION);
    expect(second.connection.prepare('SELECT name FROM monitors').all()).toEqual([{ name: 'Shop' }]);
  });

  it('checkpoints on close so no -wal content is left behind', () => {
    const path = join(store.folder(), 'back-online.db');
    const db = openDatabase(path);
    db.connection.exec(
      "INSERT INTO incidents VALUES ('i1', 'g', 'site', '[]', 'unknown', 'detected', 1, 1, NULL, '{}')",
    );
    db.close();
    db.close();
    expect(existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0).toBe(0);
  });

  it('refuses a database from a newer version and leaves its bytes untouched', () => {
    const path = join(store.folder(), 'back-online.db');
    const newer = new DatabaseSync(path);
    newer.exec('PRAGMA journal_mode = WAL; CREATE TABLE future (x); PRAGMA user_version = 999;');
    newer.close();
    const before = snapshot(path);

    expect(() => openDatabase(path)).toThrow(DatabaseTooNewError);
    try {
      openDatabase(path);
    } catch (error) {
      expect(error).toMatchObject({ foundVersion: 999, supportedVersion: SCHEMA_VERSION, path });
    }
    expect(snapshot(path)).toEqual(before);
  });

  it('sees a newer version that only a crashed process -wal holds, and touches none of the three files', () => {
    const source = join(store.folder(), 'live.db');
    const newer = new DatabaseSync(source);
    newer.exec('PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE future (x);');
    newer.exec('INSERT INTO future VALUES (1); PRAGMA user_version = 999;');
    // Copying while the writer is still open is what a crash leaves on disk: header says 0, -wal says 999.
    const path = join(store.folder(), 'back-online.db');
    for (const suffix of SUFFIXES) copyFileSync(source + suffix, path + suffix);
    newer.close();
    const before = snapshot(path);
    expect(before[0]?.readUInt32BE(60)).toBe(0);
    expect(before[1]).not.toBeNull();

    expect(() => openDatabase(path)).toThrow(DatabaseTooNewError);
    expect(snapshot(path)).toEqual(before);
  });

  it('moves a file that is not a database aside, keeps its content there, and starts fresh', () => {
    const folder = store.folder();
    const path = join(folder, 'back-online.db');
    const garbage = 'this is a shopping list, not a database\n'.repeat(100);
    writeFileSync(path, garbage);
    writeFileSync(`${path}-wal`, 'stray wal');

    const db = openDatabase(path, { now: () => FIXED_NOW });
    try {
      const movedTo = `${path}.corrupt-2026-11-28T09-30-15-250Z`;
      expect(db.notices).toEqual([{ code: 'database_corrupt_moved', path: movedTo }]);
      expect(readFileSync(movedTo, 'utf8')).toBe(garbage);
      expect(readFileSync(`${movedTo}-wal`, 'utf8')).toBe('stray wal');
      expect(pragma(db.connection, 'user_version')).toBe(SCHEMA_VERSION);
      expect(db.connection.prepare('SELECT COUNT(*) AS n FROM monitors').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('moves a database with a damaged page aside (found by the integrity check on open)', () => {
    const folder = store.folder();
    const path = join(folder, 'back-online.db');
    const original = openDatabase(path);
    const insert = original.connection.prepare(
      "INSERT INTO incidents VALUES (?, 'g', 'site', '[]', 'unknown', 'detected', 1, 1, NULL, ?)",
    );
    for (let i = 0; i < 500; i += 1) insert.run(`incident-${i}`, JSON.stringify({ note: 'x'.repeat(200) }));
    original.close();
    const pageSize = 4096;
    const descriptor = openSync(path, 'r+');
    writeSync(descriptor, Buffer.alloc(pageSize, 0x41), 0, pageSize, statSync(path).size - 3 * pageSize);
    closeSync(descriptor);

    const db = openDatabase(path, { now: () => FIXED_NOW });
    try {
      expect(db.notices).toHaveLength(1);
      expect(db.notices[0]?.code).toBe('database_corrupt_moved');
      expect(readdirSync(folder).filter((name) => name.includes('.corrupt-'))).toHaveLength(1);
      expect(db.connection.prepare('SELECT COUNT(*) AS n FROM incidents').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it('treats an empty file as a new database', () => {
    const path = join(store.folder(), 'back-online.db');
    writeFileSync(path, '');
    const db = store.open(path);
    expect(db.notices).toEqual([]);
    expect(pragma(db.connection, 'user_version')).toBe(SCHEMA_VERSION);
  });

  it('rolls a failed transaction back and commits a successful one', () => {
    const db = store.open();
    const count = () =>
      (db.connection.prepare('SELECT COUNT(*) AS n FROM incidents').get() as { n: number }).n;
    const insert = (id: string) =>
      db.connection
        .prepare(
          "INSERT INTO incidents VALUES (?, 'g', 'site', '[]', 'unknown', 'detected', 1, 1, NULL, '{}')",
        )
        .run(id);
    expect(() =>
      db.transaction(() => {
        insert('a');
        throw new Error('midway');
      }),
    ).toThrow('midway');
    expect(count()).toBe(0);
    db.transaction(() => {
      insert('a');
      db.transaction(() => insert('b'));
    });
    expect(count()).toBe(2);
  });
});
