import type {
  ApiChannel,
  ApiHandler,
  ApiParsedRequest,
  ApiResponses,
  ApiResult,
} from '../../shared/api-contract';
import type { AppState } from '../../shared/app-state';
import { DEFAULT_LOCALE } from '../../shared/locale';

/** An AppState with no monitors, for tests that only need a valid shape. */
export function emptyAppState(generatedAt = 0): AppState {
  return {
    overall: 'ok',
    counts: { up: 0, degraded: 0, down: 0, unknown: 0, pending: 0, paused: 0 },
    tray: { icon: 'ok', tooltip: '', title: '' },
    monitors: [],
    openIncidents: [],
    offline: false,
    snoozedUntil: null,
    resumeGraceUntil: null,
    locale: DEFAULT_LOCALE,
    generatedAt,
  };
}

type Responder = (request: unknown) => Promise<ApiResult<unknown>> | ApiResult<unknown>;

/**
 * A test double of the core service for the web server's own tests: it answers state.get from a state the
 * test sets, records every call it receives, and lets a test script other channels.
 */
export class InMemoryHandler implements ApiHandler {
  readonly calls: { channel: ApiChannel; request: unknown }[] = [];
  private readonly listeners = new Set<(state: AppState) => void>();
  private readonly responders = new Map<ApiChannel, Responder>();

  constructor(public state: AppState = emptyAppState()) {}

  get subscriberCount(): number {
    return this.listeners.size;
  }

  setState(state: AppState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }

  respond(channel: ApiChannel, responder: Responder): void {
    this.responders.set(channel, responder);
  }

  async handle<C extends ApiChannel>(
    channel: C,
    request: ApiParsedRequest<C>,
  ): Promise<ApiResult<ApiResponses[C]>> {
    this.calls.push({ channel, request });
    const responder = this.responders.get(channel);
    if (responder) return (await responder(request)) as ApiResult<ApiResponses[C]>;
    if (channel === 'state.get') return { ok: true, value: this.state as ApiResponses[C] };
    return { ok: false, error: { code: 'not_found' } };
  }

  subscribe(listener: (state: AppState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
