import { pickBridge } from './pick-bridge';

export type { Bridge, ConnectionStatus } from './bridge';

/** The window's one way to the app; the rest of the renderer never knows which bridge it got. */
export const bridge = pickBridge(window);
export const api = bridge.api;
