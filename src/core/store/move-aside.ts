import { existsSync, renameSync } from 'node:fs';

/** `settings.json` → `settings.json.corrupt-2026-11-28T09-00-00-000Z`, safe in every file system. */
export function corruptFileName(path: string, at: number, attempt = 0): string {
  const stamp = new Date(at).toISOString().replace(/[:.]/g, '-');
  return `${path}.corrupt-${stamp}${attempt > 0 ? `-${attempt}` : ''}`;
}

/**
 * Renames a broken file (and companions such as SQLite's `-wal`/`-shm`, which keep their suffix so the
 * moved copy still opens as one database) to a timestamped name beside it. Never overwrites: a name
 * already taken gets a counter. Returns where the main file went.
 */
export function moveAside(path: string, at: number, companionSuffixes: readonly string[] = []): string {
  const names = (base: string) => [base, ...companionSuffixes.map((suffix) => base + suffix)];
  let attempt = 0;
  let target = corruptFileName(path, at);
  while (names(target).some((name) => existsSync(name))) target = corruptFileName(path, at, ++attempt);
  if (existsSync(path)) renameSync(path, target);
  for (const suffix of companionSuffixes) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  }
  return target;
}
