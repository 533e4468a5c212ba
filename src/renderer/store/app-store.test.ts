import { describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/settings';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { SAMPLE_STATES } from '../test-support/app-state-samples';
import { FakeBridge, settle } from '../test-support/fake-bridge';
import { MemoryLocation } from '../router/memory-location';
import { createAppStore, currentLocale } from './app-store';

function started(bridge: FakeBridge, browserLanguage = 'en-GB') {
  const store = createAppStore(bridge, browserLanguage);
  const stop = store.getState().start();
  return { store, stop };
}

describe('the app store', () => {
  it('starts empty, in the browser language, until the app answers', () => {
    const store = createAppStore(new FakeBridge(SAMPLE_STATES.ok()), 'nl-NL');
    expect(store.getState().appState).toBeNull();
    expect(store.getState().connection).toBe('connecting');
    expect(currentLocale(store.getState())).toEqual({ language: 'nl', formality: 'formal' });
  });

  it('loads the state and follows every change', async () => {
    const bridge = new FakeBridge(SAMPLE_STATES.ok());
    const { store, stop } = started(bridge);
    await settle();
    expect(store.getState().appState).toEqual(SAMPLE_STATES.ok());
    expect(store.getState().connection).toBe('live');
    const down = { ...SAMPLE_STATES.down(), generatedAt: SAMPLE_STATES.ok().generatedAt + 1 };
    bridge.push(down);
    expect(store.getState().appState).toEqual(down);
    stop();
    expect(bridge.listenerCount).toBe(0);
  });

  it('never rolls back to an older state that arrives late', async () => {
    const bridge = new FakeBridge(SAMPLE_STATES.ok());
    let answer: (() => void) | undefined;
    bridge.respond(
      'state.get',
      () => new Promise((resolve) => (answer = () => resolve({ ok: true, value: SAMPLE_STATES.ok() }))),
    );
    const { store } = started(bridge);
    const newer = { ...SAMPLE_STATES.down(), generatedAt: SAMPLE_STATES.ok().generatedAt + 5 };
    bridge.push(newer);
    answer?.();
    await settle();
    expect(store.getState().appState).toEqual(newer);
  });

  it('mirrors the connection status', async () => {
    const bridge = new FakeBridge(SAMPLE_STATES.ok());
    const { store } = started(bridge);
    bridge.setConnection('reconnecting');
    expect(store.getState().connection).toBe('reconnecting');
    bridge.setConnection('live');
    expect(store.getState().connection).toBe('live');
  });

  it('remembers why loading failed', async () => {
    const bridge = new FakeBridge(SAMPLE_STATES.ok());
    bridge.respond('state.get', () => ({ ok: false, error: { code: 'unavailable' } }));
    const { store } = started(bridge);
    await settle();
    expect(store.getState().error).toEqual({ code: 'unavailable' });
  });

  it('checks everything now, shows it is busy, and takes the fresh state', async () => {
    const bridge = new FakeBridge(SAMPLE_STATES.ok());
    let finish: (() => void) | undefined;
    const checked = { ...SAMPLE_STATES.down(), generatedAt: SAMPLE_STATES.ok().generatedAt + 10 };
    bridge.respond(
      'checks.runNow',
      () => new Promise((resolve) => (finish = () => resolve({ ok: true, value: checked }))),
    );
    const { store } = started(bridge);
    await settle();
    const running = store.getState().checkAllNow();
    expect(store.getState().pending.checkAll).toBe(true);
    await store.getState().checkAllNow();
    expect(bridge.calls.filter((call) => call.channel === 'checks.runNow')).toHaveLength(1);
    finish?.();
    await running;
    expect(store.getState().pending.checkAll).toBe(false);
    expect(store.getState().appState).toEqual(checked);
  });

  it('keeps a failed action with what the app said about it until dismissed', async () => {
    const bridge = new FakeBridge(SAMPLE_STATES.ok());
    const failure = { code: 'storage_failed', storage: { problem: 'disk_full', path: '/data' } } as const;
    bridge.respond('monitoring.snooze', () => ({ ok: false, error: failure }));
    const { store } = started(bridge);
    await store.getState().snooze('1h');
    expect(store.getState().error).toEqual(failure);
    expect(store.getState().pending.snooze).toBe(false);
    store.getState().dismissError();
    expect(store.getState().error).toBeNull();
  });

  it("switches the language through the owner's settings", async () => {
    const bridge = new FakeBridge(SAMPLE_STATES.ok());
    bridge.respond('settings.set', (request) => ({
      ok: true,
      value: { ...DEFAULT_SETTINGS, ...(request as Partial<Settings>), formality: 'informal' },
    }));
    const { store } = started(bridge);
    await settle();
    await store.getState().setLanguage('nl');
    expect(bridge.calls.at(-1)).toEqual({ channel: 'settings.set', request: { language: 'nl' } });
    expect(currentLocale(store.getState())).toEqual({ language: 'nl', formality: 'informal' });
  });

  it('follows the address: where it starts, where the owner goes, and back and forward', () => {
    const location = new MemoryLocation({ page: 'incident', incidentId: 'i1', step: 'fix' });
    const store = createAppStore(new FakeBridge(SAMPLE_STATES.down()), 'en-GB', location);
    const stop = store.getState().start();
    expect(store.getState().route).toEqual({ page: 'incident', incidentId: 'i1', step: 'fix' });
    expect(store.getState().selectedIncidentId).toBe('i1');

    store.getState().navigate({ page: 'home' });
    expect(store.getState().route).toEqual({ page: 'home' });
    expect(store.getState().selectedIncidentId).toBeNull();
    location.back();
    expect(store.getState().selectedIncidentId).toBe('i1');
    location.forward();
    expect(store.getState().route).toEqual({ page: 'home' });

    store.getState().navigate({ page: 'incident', incidentId: 'i2' });
    store.getState().replaceRoute({ page: 'incident', incidentId: 'i2', step: 'identify' });
    location.back();
    // The step was filled in on the same entry, so one back leaves the incident.
    expect(store.getState().route).toEqual({ page: 'home' });

    stop();
    location.forward();
    expect(store.getState().route).toEqual({ page: 'home' });
  });
});
