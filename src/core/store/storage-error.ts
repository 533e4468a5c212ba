import { statSync } from 'node:fs';
import type { StorageFailure, StorageProblem } from '../../shared/storage-problem';

/** A file-system or SQLite failure on the data folder, carrying what the owner needs to fix it. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(`storage ${problem}: ${path}`, options);
    this.name = 'StorageError';
  }

  get failure(): StorageFailure {
    return { problem: this.problem, path: this.path };
  }
}

const ERRNO_PROBLEMS: Readonly<Record<string, StorageProblem>> = {
  EROFS: 'read_only',
  EACCES: 'no_permission',
  EPERM: 'no_permission',
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  EFBIG: 'disk_full',
  EISDIR: 'is_folder',
  ENOTDIR: 'is_folder',
  EIO: 'unavailable',
  ENXIO: 'unavailable',
  ENODEV: 'unavailable',
  EBUSY: 'unavailable',
};

/** SQLite's primary result codes (the low byte of an extended code) that mean the disk let it down. */
const SQLITE_PROBLEMS: Readonly<Record<number, StorageProblem>> = {
  3: 'no_permission', // SQLITE_PERM
  8: 'read_only', // SQLITE_READONLY
  10: 'unavailable', // SQLITE_IOERR
  13: 'disk_full', // SQLITE_FULL
  14: 'unavailable', // SQLITE_CANTOPEN
};

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads a thrown error as a storage problem, or null when it is something else. `path` is what was being
 * opened or written, used when the error does not name one itself (SQLite's never do).
 */
export function asStorageError(error: unknown, path: string): StorageError | null {
  if (error instanceof StorageError) return error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, errcode, path: errorPath } = error as { code?: unknown; errcode?: unknown; path?: unknown };
  const where = typeof errorPath === 'string' ? errorPath : path;
  if (typeof code === 'string' && Object.hasOwn(ERRNO_PROBLEMS, code))
    return new StorageError(ERRNO_PROBLEMS[code] as StorageProblem, where, { cause: error });
  if (typeof errcode !== 'number') return null;
  const problem = SQLITE_PROBLEMS[errcode % 256];
  if (problem === undefined) return null;
  // SQLite says only "unable to open"; a folder where the database should be is the common reason.
  const refined = problem === 'unavailable' && isFolder(where) ? 'is_folder' : problem;
  return new StorageError(refined, where, { cause: error });
}
