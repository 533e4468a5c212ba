import { askProbe } from './ask-probe';
import { beginCheck, probeUnavailable, unexpectedFailure } from './check-run';
import type { CheckFn } from './types';

/** Below either of these the disk is full enough that programs start failing to write. */
const DISK_DOWN_FREE_PERCENT = 2;
const DISK_DOWN_FREE_BYTES = 500 * 1024 * 1024;

interface Filesystem {
  mount: string;
  sizeBytes: number;
  availableBytes: number;
}

/** `C:\Data\` and `c:/data` are the same place; trailing separators do not matter. */
function normalizePath(path: string): string {
  const slashed = path.trim().replace(/\\/g, '/');
  const cased = /^[a-z]:/i.test(slashed) ? slashed.toLowerCase() : slashed;
  return cased.length > 1 ? cased.replace(/\/+$/, '') : cased;
}

function holds(mount: string, path: string): boolean {
  return mount === '/' ? path.startsWith('/') : path === mount || path.startsWith(`${mount}/`);
}

/** The filesystem a path lives on: the one with the longest mount point that contains it. */
export function filesystemHolding(path: string, filesystems: Filesystem[]): Filesystem | null {
  const wanted = normalizePath(path);
  let best: { fs: Filesystem; mountLength: number } | null = null;
  for (const fs of filesystems) {
    if (!(fs.sizeBytes > 0)) continue;
    const mount = normalizePath(fs.mount);
    if (mount !== '' && holds(mount, wanted) && (!best || mount.length > best.mountLength)) {
      best = { fs, mountLength: mount.length };
    }
  }
  return best?.fs ?? null;
}

export const checkDisk: CheckFn<'disk'> = async (target, text, options, deps) => {
  const run = beginCheck('disk', text, deps);
  const base = { path: target.path };
  try {
    const filesystems = await askProbe(() => deps.system.filesystems(), options.timeoutMs);
    if (!filesystems) return run.finish(probeUnavailable(base));
    const fs = filesystemHolding(target.path, filesystems);
    if (!fs)
      return run.finish({
        status: 'unknown',
        cause: 'unknown',
        details: { ...base, reason: 'mount_not_found' },
      });
    const freeBytes = Math.max(0, fs.availableBytes);
    const freePercent = (freeBytes / fs.sizeBytes) * 100;
    const details = {
      ...base,
      mount: fs.mount,
      freePercent: Math.round(freePercent * 10) / 10,
      freeBytes,
      sizeBytes: fs.sizeBytes,
      minFreePercent: options.minFreePercent,
    };
    if (freePercent < DISK_DOWN_FREE_PERCENT || freeBytes < DISK_DOWN_FREE_BYTES) {
      return run.finish({ status: 'down', cause: 'disk_almost_full', details });
    }
    if (freePercent < options.minFreePercent) {
      return run.finish({ status: 'degraded', cause: 'disk_almost_full', details });
    }
    return run.finish({ status: 'up', cause: 'ok', details });
  } catch {
    return run.finish(unexpectedFailure(base));
  }
};
