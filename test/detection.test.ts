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
import { timeAgainstLoad, type Timed } from './support/timer-lateness';

const INTERVAL_S = 10;
const RECHECKS = 2;
const RECHECK_DELAY_S = 1;
const TIMEOUT_S = 2;
const RECOVERY_CHECKS = 2;
/** Room for the checks themselves, the store and the state poll; timer lateness is measured on top. */
const SLACK_MS = 3_000;
/** Timers in a row on the way to a verdict: the next interval tick and each re-check delay. */
const TIMERS_IN_A_ROW = 1 + RECHECKS;
/** How long to wait for a state before giving up: well past any budget, so a slow run shows its figure. */
const WAIT_LIMIT_MS = 60_000;

function waitFor(
  service: BackOnlineService,
  accept: (state: AppState) => boolean,
  limitMs = WAIT_LIMIT_MS,
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

/** Within the budget the settings promise, plus however late this busy machine ran its timers meanwhile. */
function expectWithinBudget(timed: Timed<unknown>, budgetMs: number, what: string): void {
  expect(
    timed.elapsedMs,
    `${what} after ${Math.round(timed.elapsedMs)} ms; timers ran up to ${Math.round(timed.latenessMs)} ms late`,
  ).toBeLessThanOrEqual(budgetMs + SLACK_MS + TIMERS_IN_A_ROW * timed.latenessMs);
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
    { timeout: 200_000 },
    async () => {
      fixture = await startHttpFixture();
      dataDir = mkdtempSync(join(tmpdir(), 'back-online-detection-'));
      const reference = await closedPort();
      const running = await createBackOnlineService({
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
      service = running;
      const notifications: NotificationIntent[] = [];
      running.onNotification((notification) => notifications.push(notification));
      await running.start();
      const first = await timeAgainstLoad(() =>
        waitFor(running, (state) => state.monitors[0]?.status === 'up'),
      );
      expectWithinBudget(first, INTERVAL_S * 1000, 'first seen up');

      await fixture.setMode('server_error');
      const detectionBudget =
        INTERVAL_S * 1000 + RECHECKS * (RECHECK_DELAY_S + TIMEOUT_S) * 1000 + TIMEOUT_S * 1000;
      const down = await timeAgainstLoad(() =>
        waitFor(running, (state) => state.monitors[0]?.status === 'down'),
      );
      expectWithinBudget(down, detectionBudget, 'outage confirmed');
      expect(down.value.monitors[0]?.cause).toBe('http_server_error');
      expect(down.value.openIncidents).toHaveLength(1);
      expect(notifications.map((notification) => notification.kind)).toEqual(['down']);

      await fixture.setMode('up');
      const recoveryBudget = INTERVAL_S * 1000 + RECOVERY_CHECKS * (RECHECK_DELAY_S + TIMEOUT_S) * 1000;
      const up = await timeAgainstLoad(() => waitFor(running, (state) => state.monitors[0]?.status === 'up'));
      expectWithinBudget(up, recoveryBudget, 'recovery seen');
      expect(up.value.openIncidents[0]?.phase).toBe('monitoring');
      expect(notifications.map((notification) => notification.kind)).toEqual(['down', 'recovered']);
    },
  );
});
