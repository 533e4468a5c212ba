import { describe, expect, it } from 'vitest';
import { fakeSystemProbe } from '../../../test/fixtures/fake-system-probe';
import { DEFAULT_CHECK_OPTIONS } from '../../shared/check-options';
import { createCheckDeps } from './check-deps';
import { checkDisk, filesystemHolding } from './disk';
import type { SystemProbe } from './system-probe';

const GB = 1024 ** 3;
const options = { ...DEFAULT_CHECK_OPTIONS, timeoutMs: 15_000, minFreePercent: 10 };
const check = (path: string, system: SystemProbe, minFreePercent = options.minFreePercent) =>
  checkDisk(
    { kind: 'disk', path },
    `disk://${path}`,
    { ...options, minFreePercent },
    createCheckDeps(system),
  );

const withDisks = (...disks: { mount: string; sizeBytes: number; availableBytes: number }[]) =>
  fakeSystemProbe({ filesystems: async () => disks });

describe('checkDisk on this machine', () => {
  it('is up for / with a low threshold', async () => {
    const result = await check('/', createCheckDeps().system, 1);
    expect(result).toMatchObject({ kind: 'disk', target: 'disk:///', status: 'up', cause: 'ok' });
    expect(result.details.freeBytes).toBeGreaterThan(0);
    expect(String(result.details.mount)).toMatch(/^\//);
  });
});

describe('checkDisk thresholds', () => {
  it('is up with enough room', async () => {
    const result = await check('/', withDisks({ mount: '/', sizeBytes: 100 * GB, availableBytes: 50 * GB }));
    expect(result).toMatchObject({
      status: 'up',
      details: { mount: '/', freePercent: 50, freeBytes: 50 * GB, sizeBytes: 100 * GB },
    });
  });

  it('is degraded below the owner threshold', async () => {
    const result = await check('/', withDisks({ mount: '/', sizeBytes: 100 * GB, availableBytes: 5 * GB }));
    expect(result).toMatchObject({
      status: 'degraded',
      cause: 'disk_almost_full',
      details: { freePercent: 5 },
    });
  });

  it('is down below 2 percent', async () => {
    const result = await check('/', withDisks({ mount: '/', sizeBytes: 1000 * GB, availableBytes: 19 * GB }));
    expect(result).toMatchObject({
      status: 'down',
      cause: 'disk_almost_full',
      details: { freePercent: 1.9 },
    });
  });

  it('is down under 500 MB free even when the percentage looks fine', async () => {
    const result = await check(
      '/',
      withDisks({ mount: '/', sizeBytes: 2 * GB, availableBytes: 400 * 1024 ** 2 }),
      5,
    );
    expect(result).toMatchObject({ status: 'down', cause: 'disk_almost_full' });
  });

  it('judges the filesystem with the longest mount holding the path', async () => {
    const system = withDisks(
      { mount: '/', sizeBytes: 100 * GB, availableBytes: 60 * GB },
      { mount: '/srv', sizeBytes: 100 * GB, availableBytes: 1 * GB },
      { mount: '/srv/data', sizeBytes: 100 * GB, availableBytes: 30 * GB },
    );
    expect(await check('/srv/database/main', system)).toMatchObject({
      status: 'down',
      details: { mount: '/srv' },
    });
    expect(await check('/srv/data/', system)).toMatchObject({
      status: 'up',
      details: { mount: '/srv/data' },
    });
    expect(await check('/srvx', system)).toMatchObject({ status: 'up', details: { mount: '/' } });
  });

  it('understands Windows drive paths', () => {
    const drives = [
      { mount: 'C:', sizeBytes: 100 * GB, availableBytes: 60 * GB },
      { mount: 'D:\\', sizeBytes: 100 * GB, availableBytes: 2 * GB },
    ];
    expect(filesystemHolding('d:\\Boekhouding', drives)?.mount).toBe('D:\\');
    expect(filesystemHolding('C:/Users', drives)?.mount).toBe('C:');
    expect(filesystemHolding('E:\\', drives)).toBeNull();
  });

  it('is unknown, never down, when the machine cannot list filesystems', async () => {
    expect(await check('/', fakeSystemProbe())).toMatchObject({
      status: 'unknown',
      cause: 'unknown',
      details: { reason: 'probe_unavailable' },
    });
  });

  it('is unknown when no filesystem holds the path', async () => {
    const result = await check(
      'Z:\\',
      withDisks({ mount: '/', sizeBytes: 100 * GB, availableBytes: 60 * GB }),
    );
    expect(result).toMatchObject({ status: 'unknown', details: { reason: 'mount_not_found' } });
  });
});
