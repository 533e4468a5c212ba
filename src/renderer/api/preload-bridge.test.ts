import { describe, expect, it } from 'vitest';
import type { AppState } from '../../shared/app-state';
import { SAMPLE_STATES } from '../test-support/app-state-samples';
import { FakeBridge } from '../test-support/fake-bridge';
import { createPreloadBridge } from './preload-bridge';

describe('the preload bridge', () => {
  it('passes requests, answers and state changes through', async () => {
    const preload = new FakeBridge(SAMPLE_STATES.ok());
    preload.respond('monitoring.snooze', () => ({ ok: true, value: SAMPLE_STATES.paused() }));
    const bridge = createPreloadBridge(preload.api);
    expect(await bridge.api['monitoring.snooze']({ duration: '4h' })).toEqual({
      ok: true,
      value: SAMPLE_STATES.paused(),
    });
    expect(preload.calls).toEqual([{ channel: 'monitoring.snooze', request: { duration: '4h' } }]);

    const states: AppState[] = [];
    const stop = bridge.api.onStateChanged((state) => states.push(state));
    preload.push(SAMPLE_STATES.down());
    stop();
    preload.push(SAMPLE_STATES.ok());
    expect(states).toEqual([SAMPLE_STATES.down()]);
  });

  it('turns a failed IPC round trip into "unavailable" instead of an exception', async () => {
    const preload = new FakeBridge(SAMPLE_STATES.ok());
    preload.respond('checks.runNow', () => {
      throw new Error("Error invoking remote method 'checks.runNow': reply was never sent");
    });
    const bridge = createPreloadBridge(preload.api);
    expect(await bridge.api['checks.runNow']({})).toEqual({ ok: false, error: { code: 'unavailable' } });
  });
});
