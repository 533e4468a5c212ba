import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackOnlineService } from '../service/index';

const modeOf = (path: string) => statSync(path).mode & 0o777;

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'back-online-modes-'));
});
afterEach(() => {
  rmSync(base, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('the data folder on disk', () => {
  it('is the owner’s alone: folder 0700, database, WAL and SHM 0600, settings 0600', async () => {
    const dataDir = join(base, 'nested', 'data');
    const service = await createBackOnlineService({ dataDir });
    try {
      await service.start();
      await service.handle('monitors.create', { name: 'Kassa', target: 'tcp://127.0.0.1:9' });
      await service.handle('settings.set', { language: 'nl' });
      expect(modeOf(dataDir)).toBe(0o700);
      for (const name of ['back-online.db', 'back-online.db-wal', 'back-online.db-shm', 'settings.json']) {
        expect(existsSync(join(dataDir, name)), name).toBe(true);
        expect(modeOf(join(dataDir, name)), name).toBe(0o600);
      }
    } finally {
      await service.stop();
    }
  });

  it('tightens a folder and database an earlier version left readable to everyone', async () => {
    const dataDir = join(base, 'data');
    const first = await createBackOnlineService({ dataDir });
    await first.stop();
    chmodSync(dataDir, 0o755);
    chmodSync(join(dataDir, 'back-online.db'), 0o644);
    const again = await createBackOnlineService({ dataDir });
    await again.stop();
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(dataDir, 'back-online.db'))).toBe(0o600);
  });

  it('leaves a folder where the database belongs as it is', async () => {
    const dataDir = join(base, 'data');
    mkdirSync(join(dataDir, 'back-online.db'), { recursive: true, mode: 0o755 });
    await expect(createBackOnlineService({ dataDir })).rejects.toThrow();
    expect(modeOf(join(dataDir, 'back-online.db'))).toBe(0o755);
  });
});
