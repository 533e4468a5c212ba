import { stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fakeSystemProbe } from '../../../test/fixtures/fake-system-probe';
import { DEFAULT_CHECK_OPTIONS } from '../../shared/check-options';
import type { SystemProbe } from './system-probe';
import { createCheckDeps } from './check-deps';
import { checkService } from './service';

const options = { ...DEFAULT_CHECK_OPTIONS, timeoutMs: 15_000 };
const check = (name: string, system: SystemProbe) =>
  checkService({ kind: 'service', name }, `service://${name}`, options, createCheckDeps(system));

const machine = fakeSystemProbe({
  services: async (names) => names.map((name) => ({ name, running: name === 'cups' })),
});

describe('checkService', () => {
  it('is up when the service runs', async () => {
    expect(await check('cups', machine)).toMatchObject({
      kind: 'service',
      target: 'service://cups',
      status: 'up',
      cause: 'ok',
      details: { serviceName: 'cups' },
    });
  });

  it('is down with service_stopped when it does not run', async () => {
    expect(await check('postgresql', machine)).toMatchObject({ status: 'down', cause: 'service_stopped' });
  });

  it('is unknown, never down, when the machine has no service manager to ask', async () => {
    expect(await check('cups', fakeSystemProbe({ services: async () => null }))).toMatchObject({
      status: 'unknown',
      cause: 'unknown',
      details: { reason: 'probe_unavailable' },
    });
  });

  it('is unknown when the answer leaves the service out', async () => {
    expect(await check('cups', fakeSystemProbe({ services: async () => [] }))).toMatchObject({
      status: 'unknown',
    });
  });

  it('follows the rule on this very machine: stopped only where a service manager answers', async () => {
    const name = `back-online-absent-${randomUUID()}`;
    const result = await check(name, createCheckDeps().system);
    const systemdRuns = await stat('/run/systemd/system').then(
      (found) => found.isDirectory(),
      () => false,
    );
    if (process.platform === 'linux' && !systemdRuns) {
      expect(result).toMatchObject({
        status: 'unknown',
        cause: 'unknown',
        details: { reason: 'probe_unavailable' },
      });
    } else {
      expect(result).toMatchObject({ status: 'down', cause: 'service_stopped' });
    }
  });
});
