import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { DatabaseTooNewError } from '../service-contract';
import type { StartupNotice } from '../service-contract';
import { migrate, SCHEMA_VERSION } from './migrations';
import { moveAside } from './move-aside';
import { preparePrivateFile, preparePrivateFolder } from './private-files';
import { readDatabaseFileVersion } from './sqlite-file-version';

const SQLITE_CORRUPT = 11;
const SQLITE_NOTADB = 26;
const BUSY_TIMEOUT_MS = 5_000;
/** Keeps the -wal file from staying large after a burst of writes has been checkpointed. */
const WAL_SIZE_LIMIT_BYTES = 16 * 1024 * 1024;
const SQLITE_COMPANION_SUFFIXES = ['-wal', '-shm'] as const;

/** An open, migrated database plus what the owner must be told about how it was opened. */
export class Database {
  private closed = false;

  constructor(
    readonly connection: DatabaseSync,
    readonly path: string,
    readonly notices: StartupNotice[],
  ) {}

  /** Runs `work` in one write transaction (joining the current one when nested) and commits it. */
  transaction<T>(work: () => T): T {
    if (this.connection.isTransaction) return work();
    this.connection.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.connection.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.connection.isTransaction) this.connection.exec('ROLLBACK');
      throw error;
    }
  }

  /** Folds the WAL back into the database file so the folder holds one self-contained file. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.connection.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } finally {
      this.connection.close();
    }
  }
}

export interface OpenDatabaseOptions {
  /** Stamps the name a corrupt file is moved to. */
  now?: () => number;
}

/**
 * Opens (creating folder and file when missing, for the owner's account alone) and migrates the database. A file written by a newer
 * version raises DatabaseTooNewError before anything is written; a file that is not a database or is
 * corrupt is moved aside with its -wal/-shm and a fresh database takes its place.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database {
  preparePrivateFolder(dirname(path));
  try {
    return new Database(openVerified(path), path, []);
  } catch (error) {
    if (!isCorruption(error)) throw error;
    const movedTo = moveAside(path, (options.now ?? Date.now)(), SQLITE_COMPANION_SUFFIXES);
    return new Database(openVerified(path), path, [{ code: 'database_corrupt_moved', path: movedTo }]);
  }
}

class CorruptDatabaseError extends Error {}

function openVerified(path: string): DatabaseSync {
  preparePrivateFile(path, true);
  for (const suffix of SQLITE_COMPANION_SUFFIXES) preparePrivateFile(path + suffix, false);
  const found = readDatabaseFileVersion(path);
  if (found.kind === 'not_sqlite') throw new CorruptDatabaseError(`${path} is not an SQLite database`);
  if (found.kind === 'sqlite' && found.userVersion > SCHEMA_VERSION) {
    throw new DatabaseTooNewError(path, found.userVersion, SCHEMA_VERSION);
  }
  const connection = new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS, enableForeignKeyConstraints: true });
  try {
    connection.exec(
      `PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
       PRAGMA journal_size_limit = ${WAL_SIZE_LIMIT_BYTES};`,
    );
    verifyIntegrity(connection);
    migrate(connection, path);
    return connection;
  } catch (error) {
    connection.close();
    throw error;
  }
}

function verifyIntegrity(connection: DatabaseSync): void {
  const rows = connection.prepare('PRAGMA quick_check').all() as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw new CorruptDatabaseError(rows.map((row) => row.quick_check).join('; '));
  }
}

function isCorruption(error: unknown): boolean {
  if (error instanceof CorruptDatabaseError) return true;
  const code = (error as { errcode?: unknown }).errcode;
  if (typeof code !== 'number') return false;
  const primary = code % 256; // extended result codes keep the primary code in the low byte
  return primary === SQLITE_CORRUPT || primary === SQLITE_NOTADB;
}
