import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunCommand } from '../../src/core/guide';
import { createBackOnlineService } from '../../src/core/service/index';
import type { BackOnlineService } from '../../src/core/service-contract';
import type { ApiChannel, ApiParsedRequest, ApiResponses } from '../../src/shared/api-contract';
import type { CauseCode } from '../../src/shared/cause-codes';
import { configFileSchema } from '../../src/shared/settings';
import { FakeClock } from './fake-clock';
import { FakeChecks, FakeConnectivity } from './scheduler-harness';

/** One failure confirmed and opened as an incident within this much fake time (interval 30 s, no re-checks). */
const OPEN_WITHIN_MS = 31_000;
const quickChecks = { confirmRechecks: 0, recheckDelaySeconds: 5, recoveryThreshold: 1, intervalSeconds: 30 };

/**
 * The real service (SQLite in a temp folder, scheduler, incidents, guide) on a fake clock with scripted
 * checks, for the guide's service tests. `cleanUp()` in afterEach stops what runs and removes the folder.
 */
export function guideServiceWorld(options: { dataDir?: string } = {}) {
  const ownFolder = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'back-online-guide-'));
  const clock = new FakeClock();
  const checks = new FakeChecks(clock);
  const running: BackOnlineService[] = [];

  /** Faults are thrown unless `reportError` says otherwise (a test of a disk that refuses expects them). */
  async function start(
    monitors: unknown[],
    options: { runCommand?: RunCommand; reportError?: (error: unknown) => void } = {},
  ) {
    const service = await createBackOnlineService({
      dataDir,
      config: configFileSchema.parse({ checks: quickChecks, monitors }),
      clock,
      random: () => 0,
      runCheck: checks.run,
      checkConnectivity: new FakeConnectivity(clock).check,
      ...options,
      reportError:
        options.reportError ??
        ((error) => {
          throw error;
        }),
    });
    running.push(service);
    await service.start();
    const listed = await service.handle('monitors.list', {});
    if (!listed.ok) throw new Error('monitors.list failed');
    const idOf = (name: string) => listed.value.find((monitor) => monitor.name === name)?.id ?? '';
    /** Calls a channel and returns its value; throws on an error answer. */
    const call = async <C extends ApiChannel>(
      channel: C,
      request: ApiParsedRequest<C>,
    ): Promise<ApiResponses[C]> => {
      const result = await service.handle(channel, request);
      if (!result.ok) throw new Error(`${channel} answered ${result.error.code}`);
      return result.value;
    };
    /** Lets the monitor fail and returns the incident that opens for it. */
    const openIncident = async (monitorName: string, cause: CauseCode = 'http_server_error') => {
      const monitorId = idOf(monitorName);
      checks.set(monitorId, 'down', cause);
      await clock.advance(OPEN_WITHIN_MS);
      const incident = service.getState().openIncidents.find((open) => open.monitorIds.includes(monitorId));
      if (!incident) throw new Error(`no incident opened for ${monitorName}`);
      return incident.id;
    };
    return { service, idOf, call, openIncident };
  }

  async function stop(service: BackOnlineService) {
    running.splice(running.indexOf(service), 1);
    await service.stop();
  }

  async function cleanUp() {
    for (const service of running.splice(0)) await service.stop();
    if (ownFolder) rmSync(dataDir, { recursive: true, force: true });
  }

  return { dataDir, clock, checks, start, stop, cleanUp };
}
