import type { ServerResponse } from 'node:http';
import type { ApiHandler } from '../shared/api-contract';
import type { AppState } from '../shared/app-state';

const DEFAULT_HEARTBEAT_MS = 15_000;
/** How long the browser waits before it reconnects after the stream drops. */
const RECONNECT_DELAY_MS = 2_000;

/** GET /events: server-sent events carrying every AppState, starting with the current one. */
export class EventStreamHub {
  /** Each open stream's way to close itself. */
  private readonly clients = new Set<() => void>();

  constructor(
    private readonly handler: ApiHandler,
    private readonly heartbeatMs = DEFAULT_HEARTBEAT_MS,
  ) {}

  open(response: ServerResponse, headers: Record<string, string>): void {
    response.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    response.write(`retry: ${RECONNECT_DELAY_MS}\n\n`);
    response.socket?.setNoDelay(true);

    // A change that arrives while the first state.get is under way is newer than its answer.
    let sawChange = false;
    const send = (state: AppState) => {
      if (!response.writableEnded) response.write(`data: ${JSON.stringify(state)}\n\n`);
    };
    const unsubscribe = this.handler.subscribe((state) => {
      sawChange = true;
      send(state);
    });
    const heartbeat = setInterval(() => {
      if (!response.writableEnded) response.write(': heartbeat\n\n');
    }, this.heartbeatMs);
    heartbeat.unref();

    const close = () => {
      if (!this.clients.delete(close)) return;
      clearInterval(heartbeat);
      unsubscribe();
      if (!response.writableEnded) response.end();
    };
    this.clients.add(close);
    response.on('close', close);

    this.handler
      .handle('state.get', {})
      .then((result) => {
        if (result.ok && !sawChange) send(result.value);
      })
      .catch(close);
  }

  closeAll(): void {
    for (const close of [...this.clients]) close();
  }
}
