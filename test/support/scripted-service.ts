import type { ServiceOptions } from '../../src/core/service/index';
import { createBackOnlineService } from '../../src/core/service/index';
import type { BackOnlineService } from '../../src/core/service-contract';
import type { CauseCode } from '../../src/shared/cause-codes';
import type { CheckDetails } from '../../src/shared/check-result';
import { FakeClock } from './fake-clock';
import { makeResult } from './scheduler-harness';

export interface ScriptedFailure {
  cause: CauseCode;
  details?: CheckDetails;
}

/**
 * The real service (store, scheduler, incidents) on a fake clock, with checks that answer what the test
 * scripts per monitor name: `failing.set('Webshop', { cause: 'http_server_error' })`, else up.
 */
export function scriptedServiceWorld(start?: number) {
  const clock = new FakeClock(start);
  const failing = new Map<string, ScriptedFailure>();
  const createService = (options: Omit<ServiceOptions, 'clock'>): Promise<BackOnlineService> =>
    createBackOnlineService({
      ...options,
      clock,
      random: () => 0,
      runCheck: async (monitor) => {
        const failure = failing.get(monitor.name);
        const result = failure
          ? makeResult(monitor.target, 'down', failure.cause, clock.now())
          : makeResult(monitor.target, 'up', 'ok', clock.now());
        return { ...result, details: failure?.details ?? {} };
      },
      checkConnectivity: async () => makeResult('tcp://127.0.0.1:9', 'up', 'ok', clock.now(), 'connectivity'),
    });
  return { clock, failing, createService };
}

/** Polls with real time for something an asynchronous start-up does; fails after 20 s. */
export async function eventually(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
