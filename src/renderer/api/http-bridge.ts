import type { ApiResponses, ApiResult, BackOnlineApi } from '../../shared/api-contract';
import type { AppState } from '../../shared/app-state';
import { WEB_API_PREFIX, WEB_EVENTS_PATH, WEB_TOKEN_HEADER, WEB_TOKEN_PARAM } from '../../shared/web-mode';
import type { Bridge, ConnectionStatus } from './bridge';
import type { ChannelCall } from './channel-calls';
import { channelCalls, UNAVAILABLE } from './channel-calls';
import { apiResultSchema, appStateSchema } from './response-schemas';

const EVENT_SOURCE_CLOSED = 2;

/** The part of EventSource the bridge uses, so tests can drive a stream by hand. */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent<string>) => void) | null;
  onerror: ((event: Event) => void) | null;
  close(): void;
}

export interface HttpBridgeEnv {
  /** null when the page was opened without its link; every call is then refused by the server. */
  token: string | null;
  fetch: typeof fetch;
  openEventSource(url: string): EventSourceLike;
  setTimeout(callback: () => void, delayMs: number): number;
  clearTimeout(handle: number): void;
  /** checks.runNow may wait for every check's timeout, so calls get a generous deadline. */
  callTimeoutMs?: number;
  reconnectDelaysMs?: readonly number[];
}

const DEFAULT_CALL_TIMEOUT_MS = 120_000;
const DEFAULT_RECONNECT_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** Web mode: API calls as POST /api/<channel> with the token header, state changes as server-sent events. */
export function createHttpBridge(env: HttpBridgeEnv): Bridge {
  const callTimeoutMs = env.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  const reconnectDelays = env.reconnectDelaysMs ?? DEFAULT_RECONNECT_DELAYS_MS;
  let status: ConnectionStatus = 'connecting';
  const statusListeners = new Set<(status: ConnectionStatus) => void>();
  const setStatus = (next: ConnectionStatus) => {
    if (status === next || status === 'refused') return;
    status = next;
    for (const listener of statusListeners) listener(next);
  };

  const call: ChannelCall = async (channel, request) => {
    const controller = new AbortController();
    const timer = env.setTimeout(() => controller.abort(), callTimeoutMs);
    try {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (env.token) headers[WEB_TOKEN_HEADER] = env.token;
      const response = await env.fetch(`${WEB_API_PREFIX}${channel}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(request ?? {}),
        credentials: 'same-origin',
        cache: 'no-store',
        signal: controller.signal,
      });
      const parsed = apiResultSchema.safeParse(await response.json());
      if (!parsed.success) return UNAVAILABLE;
      if (!parsed.data.ok && parsed.data.error.code === 'untrusted_sender') setStatus('refused');
      return parsed.data as ApiResult<ApiResponses[typeof channel]>;
    } catch {
      return UNAVAILABLE;
    } finally {
      env.clearTimeout(timer);
    }
  };

  const stateListeners = new Set<(state: AppState) => void>();
  const deliver = (state: AppState) => {
    for (const listener of stateListeners) listener(state);
  };
  let source: EventSourceLike | null = null;
  let retryTimer: number | null = null;
  let failures = 0;

  function openStream(): void {
    if (!env.token) {
      setStatus('refused');
      return;
    }
    const current = env.openEventSource(
      `${WEB_EVENTS_PATH}?${WEB_TOKEN_PARAM}=${encodeURIComponent(env.token)}`,
    );
    source = current;
    current.onopen = () => {
      failures = 0;
      setStatus('live');
    };
    current.onmessage = (event) => {
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      if (appStateSchema.safeParse(data).success) deliver(data as AppState);
    };
    current.onerror = () => {
      if (source !== current) return;
      setStatus('reconnecting');
      // While CONNECTING the browser retries by itself; CLOSED means it gave up (e.g. the server said 401).
      if (current.readyState !== EVENT_SOURCE_CLOSED) return;
      current.close();
      source = null;
      void retryLater();
    };
  }

  /** Asks the app whether it still accepts this page before trying again, and refreshes the state meanwhile. */
  async function retryLater(): Promise<void> {
    const probe = await call('state.get', {});
    if (status === 'refused' || stateListeners.size === 0) return;
    if (probe.ok) deliver(probe.value);
    const delay = reconnectDelays[Math.min(failures, reconnectDelays.length - 1)] ?? 1_000;
    failures += 1;
    retryTimer = env.setTimeout(() => {
      retryTimer = null;
      if (stateListeners.size > 0 && source === null) openStream();
    }, delay);
  }

  function closeStream(): void {
    source?.close();
    source = null;
    if (retryTimer !== null) env.clearTimeout(retryTimer);
    retryTimer = null;
  }

  const api: BackOnlineApi = {
    ...channelCalls(call),
    onStateChanged(listener) {
      stateListeners.add(listener);
      if (source === null && retryTimer === null) openStream();
      return () => {
        stateListeners.delete(listener);
        if (stateListeners.size === 0) closeStream();
      };
    },
    // Web mode runs from the command line, which has no updater: there is never an update to tell.
    onUpdateChanged: () => () => undefined,
  };

  return {
    api,
    connectionStatus: () => status,
    onConnectionChanged(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
  };
}
