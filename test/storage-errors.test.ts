import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackOnlineService } from '../src/core/service-contract';
import { createBackOnlineService } from '../src/core/service/index';
import { StorageError } from '../src/core/store/storage-error';
import { runSourceCli } from './cli/spawn-cli';
import { guideServiceWorld } from './support/guide-service';
import { modesBindUs, mountTmpfs } from './support/tmpfs';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'back-online-storage-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function startFailure(dataDir: string): Promise<StorageError> {
  const error = await createBackOnlineService({ dataDir }).then(
    (service) => service.stop().then(() => null),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(StorageError);
  return error as StorageError;
}

describe('a data folder that refuses', () => {
  it('names a folder where the database file belongs, at start and on the command line', async () => {
    const dataDir = join(dir, 'data');
    mkdirSync(join(dataDir, 'back-online.db'), { recursive: true });
    const error = await startFailure(dataDir);
    expect(error.failure).toEqual({ problem: 'is_folder', path: join(dataDir, 'back-online.db') });
    const run = await runSourceCli(['watch', '--data-dir', dataDir], { LANG: 'nl_NL.UTF-8' });
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(
      `back-online: Back Online verwachtte een bestand op ${join(dataDir, 'back-online.db')}, maar vond een map. Verplaats of hernoem die map en probeer het dan opnieuw.\n`,
    );
  });

  it('names a read-only folder and what to do (a read-only tmpfs as root, else a folder 0555)', async (context) => {
    // Mounted inside the test: a run filtered to other tests must leave no mount behind.
    const readOnly = mountTmpfs({ sizeKiB: 256, readOnly: true });
    if (readOnly === null && !modesBindUs)
      context.skip('root may write anywhere and mounting is not allowed here');
    let dataDir: string;
    if (readOnly) dataDir = readOnly.path;
    else {
      dataDir = join(dir, 'locked');
      mkdirSync(dataDir);
      chmodSync(dataDir, 0o555);
    }
    try {
      const error = await startFailure(dataDir);
      expect(error.failure).toEqual({
        problem: readOnly ? 'read_only' : 'no_permission',
        path: expect.stringContaining(dataDir),
      });
      const run = await runSourceCli(['watch', '--data-dir', dataDir]);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(
        readOnly
          ? /^back-online: Back Online cannot save in .+: that disk or folder is read-only\. Make it writable again/
          : /^back-online: Back Online is not allowed to save in .+\. Give your user account permission/,
      );
      expect(run.stderr).toContain(dataDir);
    } finally {
      readOnly?.unmount();
    }
  });

  it('answers storage_failed with the path when the disk fills up', async (context) => {
    const small = mountTmpfs({ sizeKiB: 2048 });
    if (!small) return context.skip('only root on Linux may mount a small tmpfs to fill');
    let service: BackOnlineService | null = null;
    try {
      service = await createBackOnlineService({ dataDir: small.path });
      await service.start();
      const created = await service.handle('monitors.create', { name: 'Kassa', target: 'tcp://127.0.0.1:9' });
      expect(created.ok).toBe(true);
      small.fill();
      const refused = await service.handle('monitors.create', {
        name: 'Printer '.repeat(10).trim(),
        target: `https://shop.example.nl/${'p'.repeat(1500)}`,
      });
      expect(refused).toEqual({
        ok: false,
        error: {
          code: 'storage_failed',
          storage: { problem: 'disk_full', path: join(small.path, 'back-online.db') },
        },
      });
      const settings = await service.handle('settings.set', { language: 'nl' });
      expect(settings).toEqual({
        ok: false,
        error: {
          code: 'storage_failed',
          storage: { problem: 'disk_full', path: join(small.path, 'settings.json') },
        },
      });
    } finally {
      await service?.stop().catch(() => undefined);
      small.unmount();
    }
  });

  it('names the file when the recovery guide cannot save its progress on a full disk', async (context) => {
    const small = mountTmpfs({ sizeKiB: 4096 });
    if (!small) return context.skip('only root on Linux may mount a small tmpfs to fill');
    const world = guideServiceWorld({ dataDir: small.path });
    try {
      const { service, call, openIncident } = await world.start(
        [{ name: 'Webshop', target: 'https://shop.example.nl/' }],
        { reportError: () => undefined },
      );
      const incidentId = await openIncident('Webshop');
      await call('guide.get', { incidentId });
      small.fill();
      // A review long enough that SQLite needs new pages for it, which the full disk cannot give.
      const words = 'De webshop gaf een foutmelding. '.repeat(150);
      const refused = await service.handle('guide.saveReview', {
        incidentId,
        answers: { whatCaused: words, wentWell: words, toImprove: words },
        actionItems: [],
      });
      expect(refused).toEqual({
        ok: false,
        error: {
          code: 'storage_failed',
          storage: { problem: 'disk_full', path: join(small.path, 'back-online.db') },
        },
      });
    } finally {
      small.makeRoom();
      await world.cleanUp().finally(() => small.unmount());
    }
  });
});
