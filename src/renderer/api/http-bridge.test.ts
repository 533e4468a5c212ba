import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppState } from '../../shared/app-state';
import { SAMPLE_STATES } from '../test-support/app-state-samples';
import type { ConnectionStatus } from './bridge';
import type { EventSourceLike, HttpBridgeEnv } from './http-bridge';
import { createHttpBridge } from './http-bridge';

class FakeEventSource implements EventSourceLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {}
  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  message(data: string) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
  fail(readyState: 0 | 2) {
    this.readyState = readyState;
    this.onerror?.(new Event('error'));
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
}

interface Recorded {
  url: string;
  init: RequestInit;
}

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

let requests: Recorded[];
let answer: (request: Recorded) => Promise<Response>;
let sources: FakeEventSource[];
/** Timers the bridge has set and that have neither fired nor been cleared. */
let pendingTimers: Set<number>;

function bridgeWith(overrides: Partial<HttpBridgeEnv> = {}) {
  return createHttpBridge({
    token: 'secret-token',
    fetch: (async (url: string, init: RequestInit) => {
      const request = { url, init };
      requests.push(request);
      return answer(request);
    }) as typeof fetch,
    openEventSource: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source;
    },
    setTimeout: (callback, delayMs) => {
      const handle = window.setTimeout(() => {
        pendingTimers.delete(handle);
        callback();
      }, delayMs);
      pendingTimers.add(handle);
      return handle;
    },
    clearTimeout: (handle) => {
      pendingTimers.delete(handle);
      window.clearTimeout(handle);
    },
    reconnectDelaysMs: [10, 20],
    ...overrides,
  });
}

beforeEach(() => {
  requests = [];
  sources = [];
  pendingTimers = new Set();
  answer = async () => jsonResponse({ ok: true, value: SAMPLE_STATES.ok() });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the HTTP bridge: calls', () => {
  it('posts the request as JSON with the token header', async () => {
    const result = await bridgeWith().api['monitoring.snooze']({ duration: '1h' });
    expect(result).toEqual({ ok: true, value: SAMPLE_STATES.ok() });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe('/api/monitoring.snooze');
    expect(request?.init.method).toBe('POST');
    expect(request?.init.headers).toEqual({
      'Content-Type': 'application/json',
      'X-Back-Online-Token': 'secret-token',
    });
    expect(JSON.parse(String(request?.init.body))).toEqual({ duration: '1h' });
    expect(request?.init.credentials).toBe('same-origin');
  });

  it("passes the app's refusals through unchanged", async () => {
    answer = async () => jsonResponse({ ok: false, error: { code: 'not_found' } });
    expect(await bridgeWith().api['incidents.get']({ id: 'x' })).toEqual({
      ok: false,
      error: { code: 'not_found' },
    });
    answer = async () =>
      jsonResponse(
        { ok: false, error: { code: 'invalid_request', issues: [{ path: 'id', code: 'too_small' }] } },
        400,
      );
    expect(await bridgeWith().api['incidents.get']({ id: '' })).toEqual({
      ok: false,
      error: { code: 'invalid_request', issues: [{ path: 'id', code: 'too_small' }] },
    });
  });

  it('keeps the file and the problem of a storage failure, so the window can say where and what to do', async () => {
    const error = { code: 'storage_failed', storage: { problem: 'read_only', path: '/data/back-online.db' } };
    answer = async () => jsonResponse({ ok: false, error });
    expect(await bridgeWith().api['monitors.create']({ name: 'Kassa', target: 'tcp://127.0.0.1:9' })).toEqual(
      {
        ok: false,
        error,
      },
    );
  });

  it('turns every transport failure into "unavailable"', async () => {
    const failures: (() => Promise<Response>)[] = [
      async () => {
        throw new TypeError('Failed to fetch');
      },
      async () => new Response('<html>proxy error</html>', { status: 502 }),
      async () => jsonResponse({ ok: 'yes' }),
      async () => jsonResponse({ ok: false, error: { code: 'something_new' } }),
      async () => jsonResponse(null),
    ];
    for (const failure of failures) {
      answer = failure;
      expect(await bridgeWith().api['state.get']({})).toEqual({ ok: false, error: { code: 'unavailable' } });
    }
  });

  it('gives up on a call that never answers', async () => {
    answer = (request) =>
      new Promise((_, reject) =>
        request.init.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    const result = await bridgeWith({ callTimeoutMs: 20 }).api['checks.runNow']({});
    expect(result).toEqual({ ok: false, error: { code: 'unavailable' } });
  });

  it('reports the page as refused when the app does not accept its token', async () => {
    answer = async () => jsonResponse({ ok: false, error: { code: 'untrusted_sender' } }, 401);
    const bridge = bridgeWith({ token: null });
    const statuses: ConnectionStatus[] = [];
    bridge.onConnectionChanged((status) => statuses.push(status));
    expect(await bridge.api['state.get']({})).toEqual({ ok: false, error: { code: 'untrusted_sender' } });
    expect(requests[0]?.init.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(bridge.connectionStatus()).toBe('refused');
    expect(statuses).toEqual(['refused']);
  });
});

describe('the HTTP bridge: live state', () => {
  it('follows the event stream with the token in its address', () => {
    const bridge = bridgeWith();
    const states: AppState[] = [];
    bridge.api.onStateChanged((state) => states.push(state));
    expect(sources).toHaveLength(1);
    expect(sources[0]?.url).toBe('/events?token=secret-token');
    expect(bridge.connectionStatus()).toBe('connecting');
    sources[0]?.open();
    expect(bridge.connectionStatus()).toBe('live');
    sources[0]?.message(JSON.stringify(SAMPLE_STATES.down()));
    expect(states).toEqual([SAMPLE_STATES.down()]);
  });

  it('ignores messages that are not an AppState', () => {
    const bridge = bridgeWith();
    const states: AppState[] = [];
    bridge.api.onStateChanged((state) => states.push(state));
    sources[0]?.message('not json');
    sources[0]?.message(JSON.stringify({ overall: 'on fire' }));
    sources[0]?.message(JSON.stringify({ ...SAMPLE_STATES.ok(), monitors: 'none' }));
    expect(states).toEqual([]);
  });

  it('shares one stream between listeners and closes it after the last one leaves', () => {
    const bridge = bridgeWith();
    const stopFirst = bridge.api.onStateChanged(() => undefined);
    const stopSecond = bridge.api.onStateChanged(() => undefined);
    expect(sources).toHaveLength(1);
    stopFirst();
    expect(sources[0]?.closed).toBe(false);
    stopSecond();
    expect(sources[0]?.closed).toBe(true);
  });

  it('says it is reconnecting while the browser retries by itself', () => {
    const bridge = bridgeWith();
    bridge.api.onStateChanged(() => undefined);
    sources[0]?.open();
    sources[0]?.fail(0);
    expect(bridge.connectionStatus()).toBe('reconnecting');
    sources[0]?.open();
    expect(bridge.connectionStatus()).toBe('live');
    expect(sources).toHaveLength(1);
  });

  it('reopens a stream the browser gave up on, refreshing the state meanwhile', async () => {
    const bridge = bridgeWith();
    const states: AppState[] = [];
    bridge.api.onStateChanged((state) => states.push(state));
    sources[0]?.open();
    sources[0]?.fail(2);
    await vi.waitFor(() => expect(sources).toHaveLength(2));
    expect(sources[0]?.closed).toBe(true);
    expect(requests.map((request) => request.url)).toEqual(['/api/state.get']);
    expect(states).toEqual([SAMPLE_STATES.ok()]);
    expect(bridge.connectionStatus()).toBe('reconnecting');
    sources[1]?.open();
    expect(bridge.connectionStatus()).toBe('live');
  });

  it('keeps trying while the app is away, and stops once it refuses the page', async () => {
    const bridge = bridgeWith();
    bridge.api.onStateChanged(() => undefined);
    answer = async () => {
      throw new TypeError('Failed to fetch');
    };
    sources[0]?.fail(2);
    await vi.waitFor(() => expect(sources).toHaveLength(2));
    answer = async () => jsonResponse({ ok: false, error: { code: 'untrusted_sender' } }, 401);
    sources[1]?.fail(2);
    await vi.waitFor(() => expect(bridge.connectionStatus()).toBe('refused'));
    // the refusal is the probe's answer; nothing is left scheduled that could open a third stream
    expect(pendingTimers.size).toBe(0);
    expect(sources).toHaveLength(2);
  });

  it('refuses at once without a token instead of opening a stream that must fail', () => {
    const bridge = bridgeWith({ token: null });
    bridge.api.onStateChanged(() => undefined);
    expect(sources).toHaveLength(0);
    expect(bridge.connectionStatus()).toBe('refused');
  });
});
