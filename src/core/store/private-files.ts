import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';

/** Only the owner's account may read the history, settings and log: they name the business's systems. */
const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;

/** Windows has no POSIX modes: the user profile's ACLs protect the data folder there. */
const posixModes = process.platform !== 'win32';

function tighten(path: string, mode: number, kind: 'file' | 'folder'): void {
  if (!posixModes) return;
  const stats = statSync(path);
  // A folder where a file belongs is reported by whoever opens it, never chmod-ed to a file's mode.
  if ((kind === 'file' ? stats.isFile() : stats.isDirectory()) && (stats.mode & 0o777) !== mode)
    chmodSync(path, mode);
}

/** Creates the data folder for the owner alone, and tightens one an older version created 0755. */
export function preparePrivateFolder(path: string): void {
  mkdirSync(path, { recursive: true, mode: FOLDER_MODE });
  tighten(path, FOLDER_MODE, 'folder');
}

/**
 * Makes a file 0600; `create` makes an empty one first where it is missing. SQLite gives the -wal and -shm
 * files it creates the database file's own mode, so a database file made private keeps them private too.
 */
export function preparePrivateFile(path: string, create: boolean): void {
  if (!existsSync(path)) {
    if (!create) return;
    closeSync(openSync(path, 'a', FILE_MODE));
  }
  tighten(path, FILE_MODE, 'file');
}
