import { closeSync, openSync, readSync } from 'node:fs';

const HEADER_MAGIC = 'SQLite format 3\0';
const HEADER_BYTES = 100;
const USER_VERSION_OFFSET = 60;
const WAL_HEADER_BYTES = 32;
const WAL_FRAME_HEADER_BYTES = 24;
const WAL_MAGIC_LITTLE_ENDIAN = 0x377f0682;
const WAL_MAGIC_BIG_ENDIAN = 0x377f0683;

export type DatabaseFileVersion =
  { kind: 'absent' } | { kind: 'not_sqlite' } | { kind: 'sqlite'; userVersion: number };

/**
 * The `user_version` a database would report, read from the files themselves (the header, and the
 * newest committed copy of page 1 in the -wal when a crash left one) without SQLite: opening the file,
 * even read-only, rewrites the -shm index and can checkpoint the -wal, which a file written by a newer
 * version must be spared.
 */
export function readDatabaseFileVersion(path: string): DatabaseFileVersion {
  const header = withFile(path, (read) => read(0, HEADER_BYTES));
  if (header === null || header.length === 0) return { kind: 'absent' };
  if (header.length < HEADER_BYTES || header.toString('latin1', 0, 16) !== HEADER_MAGIC) {
    return { kind: 'not_sqlite' };
  }
  const walVersion = withFile(`${path}-wal`, readWalUserVersion);
  return { kind: 'sqlite', userVersion: walVersion ?? header.readUInt32BE(USER_VERSION_OFFSET) };
}

type ReadAt = (position: number, length: number) => Buffer;

/**
 * Walks the WAL frames as SQLite's recovery does (salts must match the WAL header and the running
 * checksum must hold, otherwise the frame and all after it are not part of the database) and returns
 * the user_version of the page 1 in the last committed transaction that wrote one.
 */
function readWalUserVersion(read: ReadAt): number | null {
  const header = read(0, WAL_HEADER_BYTES);
  if (header.length < WAL_HEADER_BYTES) return null;
  const magic = header.readUInt32BE(0);
  if (magic !== WAL_MAGIC_LITTLE_ENDIAN && magic !== WAL_MAGIC_BIG_ENDIAN) return null;
  const bigEndian = magic === WAL_MAGIC_BIG_ENDIAN;
  let checksum = walChecksum(header.subarray(0, 24), [0, 0], bigEndian);
  if (checksum[0] !== header.readUInt32BE(24) || checksum[1] !== header.readUInt32BE(28)) return null;
  const salts = header.subarray(16, 24);
  const frameBytes = WAL_FRAME_HEADER_BYTES + header.readUInt32BE(8);
  let committed: number | null = null;
  let pending: number | null = null;
  for (let offset = WAL_HEADER_BYTES; ; offset += frameBytes) {
    const frame = read(offset, frameBytes);
    if (frame.length < frameBytes || !frame.subarray(8, 16).equals(salts)) break;
    checksum = walChecksum(frame.subarray(0, 8), checksum, bigEndian);
    checksum = walChecksum(frame.subarray(WAL_FRAME_HEADER_BYTES), checksum, bigEndian);
    if (checksum[0] !== frame.readUInt32BE(16) || checksum[1] !== frame.readUInt32BE(20)) break;
    if (frame.readUInt32BE(0) === 1) {
      pending = frame.readUInt32BE(WAL_FRAME_HEADER_BYTES + USER_VERSION_OFFSET);
    }
    if (frame.readUInt32BE(4) !== 0) committed = pending ?? committed;
  }
  return committed;
}

/** SQLite's WAL checksum: two running 32-bit sums over pairs of words in the WAL's byte order. */
function walChecksum(data: Buffer, [start0, start1]: [number, number], bigEndian: boolean): [number, number] {
  let s0 = start0;
  let s1 = start1;
  for (let i = 0; i + 8 <= data.length; i += 8) {
    const x0 = bigEndian ? data.readUInt32BE(i) : data.readUInt32LE(i);
    const x1 = bigEndian ? data.readUInt32BE(i + 4) : data.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

/** Runs `work` with a reader over the file opened read-only; null when the file does not exist. */
function withFile<T>(path: string, work: (read: ReadAt) => T): T | null {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return work((position, length) => {
      const buffer = Buffer.alloc(length);
      return buffer.subarray(0, readSync(descriptor, buffer, 0, length, position));
    });
  } finally {
    closeSync(descriptor);
  }
}
