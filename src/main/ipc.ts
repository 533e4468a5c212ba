import type { IpcMainInvokeEvent } from 'electron';
import type {
  ApiChannel,
  ApiHandler,
  ApiParsedRequest,
  ApiResponses,
  ApiResult,
} from '../shared/api-contract';
import { parseApiRequest } from '../shared/api-contract';
import { IPC_CHANNELS } from '../shared/ipc-channels';
import { handleTrusted } from './trusted-ipc';

/** Channels main answers itself instead of the service (opening links, the login item). */
export type MainChannelHandlers = {
  [C in ApiChannel]?: (request: ApiParsedRequest<C>) => Promise<ApiResult<ApiResponses[C]>>;
};

type AnyChannelHandler = (request: unknown) => Promise<ApiResult<unknown>>;

/** Validates one request from the window and answers it; never throws and never returns an exception text. */
export async function answerApiRequest(
  service: ApiHandler,
  mainHandlers: MainChannelHandlers,
  channel: unknown,
  payload: unknown,
): Promise<ApiResult<unknown>> {
  if (typeof channel !== 'string') return { ok: false, error: { code: 'unknown_channel' } };
  const parsed = parseApiRequest(channel, payload);
  if (!parsed.ok) return parsed;
  try {
    const own = mainHandlers[parsed.channel] as AnyChannelHandler | undefined;
    if (own) return await own(parsed.request);
    return await service.handle(parsed.channel, parsed.request as ApiParsedRequest<typeof parsed.channel>);
  } catch (error) {
    console.error(`api request ${parsed.channel} failed`, error);
    return { ok: false, error: { code: 'internal' } };
  }
}

/** The one IPC channel: `invoke('api', channel, payload)` from the preload. Returns the unregister function. */
export function registerApiIpc(options: {
  service: ApiHandler;
  mainHandlers: MainChannelHandlers;
  isTrusted: (event: IpcMainInvokeEvent) => boolean;
}): () => void {
  return handleTrusted(
    IPC_CHANNELS.api,
    options.isTrusted,
    (): ApiResult<never> => ({ ok: false, error: { code: 'untrusted_sender' } }),
    (_event, channel, payload) => answerApiRequest(options.service, options.mainHandlers, channel, payload),
  );
}
