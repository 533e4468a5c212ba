import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakeSystemProbe } from '../../../test/fixtures/fake-system-probe';
import { createSystemProbe } from '../checks/system-probe-default';
import { listLocalThings } from './local-things';

describe('what runs on this computer', () => {
  it('lists program and service names once each, sorted, without kernel threads, shells or systemd', async () => {
    const things = await listLocalThings(
      fakeSystemProbe({
        processes: async () => [
          { name: 'kworker/0:1', command: '' },
          { name: 'bash', command: '/bin/bash' },
          { name: 'Kassa.exe', command: 'C:\\Program Files\\Kassa\\Kassa.exe' },
          { name: 'kassa', command: '/opt/kassa/kassa' },
          { name: 'postgres', command: '/usr/lib/postgresql/16/bin/postgres' },
          { name: 'cupsd', command: '/usr/sbin/cupsd' },
        ],
        runningServices: async () => ['systemd-journald', 'cups', 'postgresql@16-main', 'cups'],
      }),
    );
    expect(things).toEqual({
      processes: ['cupsd', 'Kassa.exe', 'postgres'],
      services: ['cups', 'postgresql@16-main'],
    });
  });

  it('says null where the computer cannot tell, rather than an empty list', async () => {
    expect(await listLocalThings(fakeSystemProbe())).toEqual({ processes: null, services: null });
  });

  it.runIf(process.platform === 'linux')('finds this very test runner on the real machine', async () => {
    const things = await listLocalThings(createSystemProbe());
    // The file this very process was started from, whatever the test runner calls itself.
    const started = readFileSync('/proc/self/cmdline', 'utf8').split('\0')[0] ?? '';
    expect(things.processes).toContain(started.split('/').pop());
  });
});
