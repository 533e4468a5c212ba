import type { ApiRequest, ApiResponses, ApiResult, BackOnlineApi } from '../../shared/api-contract';
import type { Bridge } from './bridge';
import { channelCalls, UNAVAILABLE } from './channel-calls';

/**
 * The Electron preload's `window.backOnline`, with a failing IPC round trip turned into `unavailable`
 * so the window never sees an exception.
 */
export function createPreloadBridge(preload: BackOnlineApi): Bridge {
  const api: BackOnlineApi = {
    ...channelCalls(async (channel, request) => {
      try {
        const send = preload[channel] as (
          request: ApiRequest<typeof channel>,
        ) => Promise<ApiResult<ApiResponses[typeof channel]>>;
        return await send(request);
      } catch {
        return UNAVAILABLE;
      }
    }),
    onStateChanged: (listener) => preload.onStateChanged(listener),
    onUpdateChanged: (listener) => preload.onUpdateChanged(listener),
  };
  return {
    api,
    connectionStatus: () => 'live',
    onConnectionChanged: () => () => undefined,
  };
}
