import type { BackOnlineApi } from '../../shared/api-contract';

/**
 * How the window reaches the app. `refused` means the app answered but does not accept this page (web mode
 * with a missing or stale token): reconnecting will not help, a fresh link will.
 */
export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'refused';

export interface Bridge {
  api: BackOnlineApi;
  connectionStatus(): ConnectionStatus;
  onConnectionChanged(listener: (status: ConnectionStatus) => void): () => void;
}
