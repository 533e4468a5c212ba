/**
 * The Electron IPC channels between preload and main. Every API request travels over `api` as
 * (channel, payload); main pushes each new AppState over `state` and each new UpdateStatus over `update`.
 * Nothing else crosses the bridge.
 */
export const IPC_CHANNELS = { api: 'api', state: 'state', update: 'update' } as const;
