import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeSystemProbe } from '../../../test/fixtures/fake-system-probe';
import { DEFAULT_CHECK_OPTIONS } from '../../shared/check-options';
import { createCheckDeps } from './check-deps';
import { checkProcess } from './process';

const options = { ...DEFAULT_CHECK_OPTIONS, timeoutMs: 15_000 };
const check = (name: string, deps = createCheckDeps()) =>
  checkProcess({ kind: 'process', name }, `process://${name}`, options, deps);

describe('checkProcess on this machine', () => {
  it('is up for the process running this test', async () => {
    const self = basename(process.execPath);
    const result = await check(self);
    expect(result).toMatchObject({ kind: 'process', target: `process://${self}`, status: 'up', cause: 'ok' });
    expect(result.details.processCount).toBeGreaterThanOrEqual(1);
  });

  it('is down for a process that surely does not run', async () => {
    const name = `back-online-absent-${randomUUID()}`;
    const result = await check(name);
    expect(result).toMatchObject({
      status: 'down',
      cause: 'process_not_running',
      details: { processName: name, processCount: 0 },
    });
  });
});

describe('checkProcess matching', () => {
  const machine = createCheckDeps(
    fakeSystemProbe({
      processes: async () => [
        { name: 'postgres', command: '/usr/lib/postgresql/15/bin/postgres' },
        { name: 'Backup.EXE', command: 'C:\\Program Files\\Backup\\Backup.EXE' },
        { name: 'MainThread', command: '/opt/kassa/bin/kassa-server' },
      ],
    }),
  );

  it.each(['postgres', 'POSTGRES', 'backup', 'backup.exe', 'kassa-server', '/opt/kassa/bin/kassa-server'])(
    'finds %s',
    async (name) => {
      expect(await check(name, machine)).toMatchObject({ status: 'up', cause: 'ok' });
    },
  );

  it.each(['post', 'postgresql', 'kassa', '/usr/bin/postgres'])(
    'does not mistake %s for a running process',
    async (name) => {
      expect(await check(name, machine)).toMatchObject({ status: 'down', cause: 'process_not_running' });
    },
  );

  it('is unknown, never down, when the machine cannot list processes', async () => {
    const result = await check('postgres', createCheckDeps(fakeSystemProbe({ processes: async () => null })));
    expect(result).toMatchObject({
      status: 'unknown',
      cause: 'unknown',
      details: { processName: 'postgres', reason: 'probe_unavailable' },
    });
  });

  it('is unknown when the probe throws', async () => {
    const broken = fakeSystemProbe({
      processes: async () => {
        throw new Error('ps exploded');
      },
    });
    expect(await check('postgres', createCheckDeps(broken))).toMatchObject({
      status: 'unknown',
      cause: 'unknown',
    });
  });
});
