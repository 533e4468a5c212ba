import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeClock } from '../../test/support/fake-clock';
import { memoryLogger } from '../../test/support/memory-logger';
import { createFileLog, LOG_FILE_NAME } from '../core/log/file-log';
import type { UpdateStatus } from '../shared/update-status';
import { UPDATE_SCHEDULE } from '../core/updates/update-schedule';
import { fakeAutoUpdater } from './testing/fake-electron-updater';

vi.mock('electron-updater', async () => (await import('./testing/fake-electron-updater')).module);

const { startDesktopUpdater } = await import('./updater');

const DAY = 24 * 60 * 60 * 1000;

function started(options: { problemOpen?: boolean; ownerSays?: boolean } = {}) {
  const clock = new FakeClock();
  const logger = memoryLogger();
  const asked: number[] = [];
  const updater = startDesktopUpdater({
    logger,
    clock,
    problemOpen: () => options.problemOpen ?? false,
    confirmRestart: async () => {
      asked.push(clock.now());
      return options.ownerSays ?? false;
    },
  });
  const statuses: UpdateStatus[] = [];
  updater.subscribe((status) => statuses.push(status));
  return { clock, logger, updater, statuses, asked };
}

beforeEach(() => fakeAutoUpdater.reset());

describe('the desktop updater', () => {
  it('downloads in the background and installs on quit, and keeps its own chatter out of the console', () => {
    started();
    expect(fakeAutoUpdater.autoDownload).toBe(true);
    expect(fakeAutoUpdater.autoInstallOnAppQuit).toBe(true);
    expect(fakeAutoUpdater.logger).toBeNull();
  });

  it('checks soon after start and once a day, and finds nothing new', async () => {
    const { clock, updater, statuses } = started();
    await clock.advance(UPDATE_SCHEDULE.firstDelayMs);
    expect(fakeAutoUpdater.checks).toBe(1);
    expect(statuses).toEqual([
      { phase: 'checking', version: null },
      { phase: 'idle', version: null },
    ]);
    await clock.advance(2 * DAY);
    expect(fakeAutoUpdater.checks).toBe(3);
    expect(updater.status()).toEqual({ phase: 'idle', version: null });
  });

  it('has an update ready after a check finds one, logs it, and stops checking', async () => {
    fakeAutoUpdater.findsAndDownloads('1.2.0');
    const { clock, updater, statuses, logger } = started();
    await clock.advance(UPDATE_SCHEDULE.firstDelayMs);
    expect(statuses.map((status) => status.phase)).toEqual(['checking', 'downloading', 'ready']);
    expect(updater.status()).toEqual({ phase: 'ready', version: '1.2.0' });
    expect(logger.lines.map(({ event, fields }) => [event, fields.version])).toEqual([
      ['update_available', '1.2.0'],
      ['update_downloaded', '1.2.0'],
    ]);
    await clock.advance(3 * DAY);
    expect(fakeAutoUpdater.checks).toBe(1);
  });

  it('never restarts by itself, whatever happens, while it waits for the owner', async () => {
    fakeAutoUpdater.findsAndDownloads('1.2.0');
    const { clock } = started({ problemOpen: true });
    await clock.advance(7 * DAY);
    expect(fakeAutoUpdater.installs).toBe(0);
  });

  it('logs a failed check, says so, and tries again within the hour', async () => {
    fakeAutoUpdater.onCheck = () => fakeAutoUpdater.emit('error', new Error('net::ERR_NAME_NOT_RESOLVED'));
    const { clock, updater, logger } = started();
    await clock.advance(UPDATE_SCHEDULE.firstDelayMs);
    expect(updater.status().phase).toBe('error');
    expect(logger.lines).toEqual([
      expect.objectContaining({
        level: 'warn',
        event: 'update_failed',
        fields: expect.objectContaining({ message: 'net::ERR_NAME_NOT_RESOLVED' }),
      }),
    ]);
    fakeAutoUpdater.findsAndDownloads('1.2.0');
    await clock.advance(UPDATE_SCHEDULE.tickMs);
    expect(fakeAutoUpdater.checks).toBe(2);
    expect(updater.status()).toEqual({ phase: 'ready', version: '1.2.0' });
  });

  it('looks again once soon after a failure, then daily, so a feed that stays away logs a line a day', async () => {
    fakeAutoUpdater.onCheck = () =>
      fakeAutoUpdater.emit('error', new Error('net::ERR_INTERNET_DISCONNECTED'));
    const { clock, logger } = started();
    await clock.advance(UPDATE_SCHEDULE.firstDelayMs + 3 * DAY);
    // the start's check, its retry an hour later, then one a day after that
    expect(fakeAutoUpdater.checks).toBe(4);
    expect(logger.lines.filter((line) => line.event === 'update_failed')).toHaveLength(4);
  });

  it('writes what happened to the real log file, with versions and without the secrets a feed error may quote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'back-online-updater-log-'));
    try {
      const clock = new FakeClock();
      const logger = createFileLog(dir, { processName: 'desktop' });
      startDesktopUpdater({ logger, clock, problemOpen: () => false, confirmRestart: async () => false });
      fakeAutoUpdater.onCheck = () =>
        fakeAutoUpdater.emit(
          'error',
          new Error(
            'HttpError: 401 Unauthorized "method: GET url: https://release:s3cr3t-pass@updates.example.nl/latest-linux.yml" ' +
              'Headers: {"authorization":"Bearer feed-token-123"}',
          ),
        );
      await clock.advance(UPDATE_SCHEDULE.firstDelayMs);
      fakeAutoUpdater.findsAndDownloads('1.2.0');
      await clock.advance(DAY);
      const text = readFileSync(join(dir, LOG_FILE_NAME), 'utf8');
      expect(text).toMatch(/update_failed.*401 Unauthorized/);
      expect(text).toMatch(/update_downloaded.*1\.2\.0/);
      for (const secret of ['s3cr3t-pass', 'release:', 'feed-token-123']) expect(text).not.toContain(secret);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('does not check at all where there is no update feed (an unpackaged app)', async () => {
    fakeAutoUpdater.active = false;
    const { clock } = started();
    await clock.advance(3 * DAY);
    expect(fakeAutoUpdater.checks).toBe(0);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('stops checking and listening once stopped', async () => {
    const { clock, updater } = started();
    updater.stop();
    await clock.advance(3 * DAY);
    expect(fakeAutoUpdater.checks).toBe(0);
    expect(fakeAutoUpdater.listenerCount('update-downloaded')).toBe(0);
  });
});

describe('"Restart to update"', () => {
  async function ready(options: { problemOpen?: boolean; ownerSays?: boolean } = {}) {
    fakeAutoUpdater.findsAndDownloads('1.2.0');
    const run = started(options);
    await run.clock.advance(UPDATE_SCHEDULE.firstDelayMs);
    return run;
  }

  it('has nothing to install before an update is downloaded', async () => {
    const { updater } = started();
    expect(await updater.install()).toBe('not_ready');
    expect(fakeAutoUpdater.installs).toBe(0);
  });

  it('restarts into the update at once when no problem is open', async () => {
    const { updater, asked, logger } = await ready();
    expect(await updater.install()).toBe('restarting');
    expect(fakeAutoUpdater.installs).toBe(1);
    expect(asked).toEqual([]);
    expect(logger.lines.at(-1)).toMatchObject({ event: 'update_installing', fields: { version: '1.2.0' } });
  });

  it('asks first while a problem is open, and leaves the update for the next quit when told later', async () => {
    const { updater, asked, logger } = await ready({ problemOpen: true, ownerSays: false });
    expect(await updater.install()).toBe('on_quit');
    expect(asked).toHaveLength(1);
    expect(fakeAutoUpdater.installs).toBe(0);
    expect(fakeAutoUpdater.autoInstallOnAppQuit).toBe(true);
    expect(logger.lines.at(-1)).toMatchObject({ event: 'update_postponed' });
  });

  it('says the restart failed when the installer cannot be started, and keeps the update ready', async () => {
    const { updater, logger } = await ready();
    fakeAutoUpdater.installerMissing = true;
    expect(await updater.install()).toBe('failed');
    expect(updater.status()).toEqual({ phase: 'ready', version: '1.2.0' });
    expect(logger.lines.at(-1)).toMatchObject({ level: 'warn', event: 'update_failed' });
  });

  it('asks once however often the owner clicks while the question is open', async () => {
    fakeAutoUpdater.findsAndDownloads('1.2.0');
    const clock = new FakeClock();
    let answer: (restart: boolean) => void = () => undefined;
    let questions = 0;
    const updater = startDesktopUpdater({
      logger: memoryLogger(),
      clock,
      problemOpen: () => true,
      confirmRestart: () => {
        questions += 1;
        return new Promise((resolve) => (answer = resolve));
      },
    });
    await clock.advance(UPDATE_SCHEDULE.firstDelayMs);
    const first = updater.install();
    const second = updater.install();
    answer(true);
    expect(await Promise.all([first, second])).toEqual(['restarting', 'restarting']);
    expect(questions).toBe(1);
    expect(fakeAutoUpdater.installs).toBe(1);
  });

  it('restarts during a problem when the owner says so', async () => {
    const { updater, asked } = await ready({ problemOpen: true, ownerSays: true });
    expect(await updater.install()).toBe('restarting');
    expect(asked).toHaveLength(1);
    expect(fakeAutoUpdater.installs).toBe(1);
  });
});
