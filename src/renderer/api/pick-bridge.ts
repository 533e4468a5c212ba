import type { BackOnlineApi } from '../../shared/api-contract';
import type { Bridge } from './bridge';
import { createHttpBridge } from './http-bridge';
import { takePageToken } from './page-token';
import { createPreloadBridge } from './preload-bridge';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a normal browser (web mode). */
    backOnline?: BackOnlineApi;
  }
}

function isPreloadApi(value: unknown): value is BackOnlineApi {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['state.get'] === 'function' && typeof candidate.onStateChanged === 'function';
}

/** The Electron preload when the window runs inside the app, otherwise web mode over HTTP. */
export function pickBridge(host: Window & typeof globalThis): Bridge {
  if (isPreloadApi(host.backOnline)) return createPreloadBridge(host.backOnline);
  return createHttpBridge({
    token: takePageToken(host),
    fetch: host.fetch.bind(host),
    openEventSource: (url) => new host.EventSource(url),
    setTimeout: (callback, delayMs) => host.setTimeout(callback, delayMs),
    clearTimeout: (handle) => host.clearTimeout(handle),
  });
}
