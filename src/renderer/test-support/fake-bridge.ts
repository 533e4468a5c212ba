import type { ApiChannel, ApiRequest, ApiResponses, ApiResult } from '../../shared/api-contract';
import type { AppState } from '../../shared/app-state';
import type { UpdateStatus } from '../../shared/update-status';
import type { Bridge, ConnectionStatus } from '../api/bridge';
import { channelCalls } from '../api/channel-calls';

type Responder = (request: unknown) => ApiResult<unknown> | Promise<ApiResult<unknown>>;

/**
 * A bridge for store and screen tests: it answers state.get with the state the test set, lets a test
 * script any channel, push state changes and switch the connection status, and records every call.
 */
export class FakeBridge implements Bridge {
  readonly calls: { channel: ApiChannel; request: unknown }[] = [];
  private readonly stateListeners = new Set<(state: AppState) => void>();
  private readonly updateListeners = new Set<(status: UpdateStatus) => void>();
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  private readonly responders = new Map<ApiChannel, Responder>();
  private status: ConnectionStatus = 'live';

  constructor(public state: AppState) {}

  readonly api = {
    ...channelCalls(<C extends ApiChannel>(channel: C, request: ApiRequest<C>) =>
      this.call(channel, request),
    ),
    onStateChanged: (listener: (state: AppState) => void) => {
      this.stateListeners.add(listener);
      return () => this.stateListeners.delete(listener);
    },
    onUpdateChanged: (listener: (status: UpdateStatus) => void) => {
      this.updateListeners.add(listener);
      return () => this.updateListeners.delete(listener);
    },
  };

  get listenerCount(): number {
    return this.stateListeners.size;
  }

  respond(channel: ApiChannel, responder: Responder): void {
    this.responders.set(channel, responder);
  }

  push(state: AppState): void {
    this.state = state;
    for (const listener of this.stateListeners) listener(state);
  }

  /** As the desktop tells the window that its update moved on. */
  pushUpdate(status: UpdateStatus): void {
    for (const listener of this.updateListeners) listener(status);
  }

  setConnection(status: ConnectionStatus): void {
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }

  connectionStatus(): ConnectionStatus {
    return this.status;
  }

  onConnectionChanged(listener: (status: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  private async call<C extends ApiChannel>(
    channel: C,
    request: ApiRequest<C>,
  ): Promise<ApiResult<ApiResponses[C]>> {
    this.calls.push({ channel, request });
    const responder = this.responders.get(channel);
    if (responder) return (await responder(request)) as ApiResult<ApiResponses[C]>;
    if (channel === 'state.get') return { ok: true, value: this.state as ApiResponses[C] };
    return { ok: false, error: { code: 'not_found' } };
  }
}

/** Resolves when every promise already queued has run, so a test can look after an async step. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
