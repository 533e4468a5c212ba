import { beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_STATES } from '../test-support/app-state-samples';
import { FakeBridge } from '../test-support/fake-bridge';
import { pickBridge } from './pick-bridge';
import { TOKEN_STORAGE_KEY } from './page-token';

type Host = Parameters<typeof pickBridge>[0];

function hostWith(extra: Record<string, unknown>, fetched: { url: string; init: RequestInit }[] = []): Host {
  return {
    location: window.location,
    history: window.history,
    sessionStorage: window.sessionStorage,
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    fetch: async (url: string, init: RequestInit) => {
      fetched.push({ url, init });
      return new Response(JSON.stringify({ ok: true, value: SAMPLE_STATES.ok() }));
    },
    EventSource: class {
      constructor(readonly url: string) {}
      close() {}
    },
    ...extra,
  } as unknown as Host;
}

beforeEach(() => {
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('pickBridge', () => {
  it("uses the Electron preload's bridge when the window has one", async () => {
    const preload = new FakeBridge(SAMPLE_STATES.down());
    const fetched: { url: string; init: RequestInit }[] = [];
    const bridge = pickBridge(hostWith({ backOnline: preload.api }, fetched));
    expect(await bridge.api['state.get']({})).toEqual({ ok: true, value: SAMPLE_STATES.down() });
    expect(preload.calls).toEqual([{ channel: 'state.get', request: {} }]);
    expect(fetched).toEqual([]);
    expect(bridge.connectionStatus()).toBe('live');
  });

  it('uses HTTP with the token from the address when there is no preload', async () => {
    window.history.replaceState(null, '', '/?token=from-link');
    const fetched: { url: string; init: RequestInit }[] = [];
    const bridge = pickBridge(hostWith({}, fetched));
    expect(window.location.search).toBe('');
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('from-link');
    expect(await bridge.api['state.get']({})).toEqual({ ok: true, value: SAMPLE_STATES.ok() });
    expect(fetched[0]?.url).toBe('/api/state.get');
    expect((fetched[0]?.init.headers as Record<string, string>)['X-Back-Online-Token']).toBe('from-link');
  });

  it('does not mistake some other global of that name for the preload bridge', async () => {
    const fetched: { url: string; init: RequestInit }[] = [];
    const bridge = pickBridge(hostWith({ backOnline: { 'state.get': 'not a function' } }, fetched));
    await bridge.api['state.get']({});
    expect(fetched).toHaveLength(1);
  });
});
