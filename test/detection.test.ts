import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackOnlineService } from '../src/core/service';
import type { BackOnlineService, NotificationIntent } from '../src/core/service-contract';
import type { AppState } from '../src/shared/app-state';
import { configFileSchema } from '../src/shared/settings';
import { closedPort, startHttpFixture } from './fixtures/http-fixture';
import type { HttpFixture } from './fixtures/http-fixture';

const INTERVAL_S = 10;
const RECHECKS = 2;
const RECHECK_DELAY_S = 1;
const TIMEOUT_S = 2;
const RECOVERY_CHECKS = 2;
/** Room for a loaded 2-core machine: timers and sockets answer late, never early. */
const SLACK_MS = 3_000;

function waitFor(
  service: BackOnlineService,
  accept: (state: AppState) => boolean,
  limitMs: number,
): Promise<AppState> {
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const state = service.getState();
      if (accept(state)) {
        clearInterval(poll);
        clearTimeout(limit);
        resolve(state);
      }
    }, 50);
    const limit = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`state not reached within ${limitMs} ms`));
    }, limitMs);
  });
}

/**
 * Real time, real sockets: a fixture site goes down at a known moment and the service must confirm it
 * within interval + re-checks + timeout, then see it back within interval + recovery checks.
 */
describe('detecting a real outage', () => {
  let fixture: HttpFixture | undefined;
  let service: BackOnlineService | undefined;
  let dataDir: string | undefined;

  afterEach(async () => {
    await service?.stop();
    await fixture?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it(
    'confirms the outage in time, opens one incident, and sees the site come back',
    { timeout: 90_000 },
    async () => {
      fixture = await startHttpFixture();
      dataDir = mkdtempSync(join(tmpdir(), 'back-online-detection-'));
      const reference = await closedPort();
      service = await createBackOnlineService({
        dataDir,
        config: configFileSchema.parse({
          // A refused loopback port proves the network path works: the machine counts as online.
          connectivity: { targets: [`tcp://127.0.0.1:${reference}`], includeGateway: false },
          checks: {
            intervalSeconds: INTERVAL_S,
            timeoutSeconds: TIMEOUT_S,
            confirmRechecks: RECHECKS,
            recheckDelaySeconds: RECHECK_DELAY_S,
            recoveryThreshold: RECOVERY_CHECKS,
          },
          monitors: [{ name: 'Webshop', target: fixture.url('/ok') }],
        }),
      });
      const notifications: NotificationIntent[] = [];
      service.onNotification((notification) => notifications.push(notification));
      await service.start();
      await waitFor(service, (state) => state.monitors[0]?.status === 'up', INTERVAL_S * 1000 + SLACK_MS);

      await fixture.setMode('server_error');
      const wentDownAt = Date.now();
      const detectionBudget =
        INTERVAL_S * 1000 + RECHECKS * (RECHECK_DELAY_S + TIMEOUT_S) * 1000 + TIMEOUT_S * 1000;
      const down = await waitFor(
        service,
        (state) => state.monitors[0]?.status === 'down',
        detectionBudget + SLACK_MS,
      );
      const detectedAfter = Date.now() - wentDownAt;
      expect(detectedAfter).toBeLessThanOrEqual(detectionBudget + SLACK_MS);
      expect(down.monitors[0]?.cause).toBe('http_server_error');
      expect(down.openIncidents).toHaveLength(1);
      expect(notifications.map((notification) => notification.kind)).toEqual(['down']);

      await fixture.setMode('up');
      const cameBackAt = Date.now();
      const recoveryBudget = INTERVAL_S * 1000 + RECOVERY_CHECKS * (RECHECK_DELAY_S + TIMEOUT_S) * 1000;
      const up = await waitFor(
        service,
        (state) => state.monitors[0]?.status === 'up',
        recoveryBudget + SLACK_MS,
      );
      expect(Date.now() - cameBackAt).toBeLessThanOrEqual(recoveryBudget + SLACK_MS);
      expect(up.openIncidents[0]?.phase).toBe('monitoring');
      expect(notifications.map((notification) => notification.kind)).toEqual(['down', 'recovered']);
    },
  );
});
