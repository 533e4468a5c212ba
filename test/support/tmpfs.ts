import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Tmpfs {
  path: string;
  /** Takes every free block, as a backup or a download running wild would. */
  fill(): void;
  /** Gives those blocks back, e.g. so a service can close its database before the disk goes. */
  makeRoom(): void;
  unmount(): void;
}

/**
 * A small tmpfs of its own, for tests that need a disk that is really full or really read-only. Only
 * root on Linux may mount; elsewhere this answers null and the test says it was skipped and why.
 */
export function mountTmpfs(options: { sizeKiB: number; readOnly?: boolean }): Tmpfs | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const path = mkdtempSync(join(tmpdir(), 'back-online-tmpfs-'));
  const flags = `size=${options.sizeKiB}k,mode=0755${options.readOnly ? ',ro' : ''}`;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', flags, 'tmpfs', path], { stdio: 'ignore' });
  } catch {
    rmSync(path, { recursive: true, force: true });
    return null;
  }
  let mounted = true;
  const filler = join(path, 'filler');
  return {
    path,
    fill() {
      try {
        writeFileSync(filler, Buffer.alloc(2 * options.sizeKiB * 1024));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    },
    makeRoom: () => rmSync(filler, { force: true }),
    /** Safe to call twice: a test's `finally` and the file's `afterAll` both make sure. */
    unmount() {
      if (!mounted) return;
      mounted = false;
      execFileSync('umount', ['-l', path], { stdio: 'ignore' });
      rmSync(path, { recursive: true, force: true });
    },
  };
}

/** Whether this process can be refused by file modes at all: root reads and writes through 0555. */
export const modesBindUs = process.platform !== 'win32' && process.getuid?.() !== 0;
