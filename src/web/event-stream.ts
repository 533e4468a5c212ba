import type { ServerResponse } from 'node:http';
import type { ApiHandler } from '../shared/api-contract';
import type { AppState } from '../shared/app-state';

export const DEFAULT_HEARTBEAT_MS = 15_000;
/** How long the browser waits before it reconnects after the stream drops. */
const RECONNECT_DELAY_MS = 2_000;

interface StreamClient {
  response: ServerResponse;
  close(): void;
}

/** GET /events: server-sent events carrying every AppState, starting with the current one. */
export class EventStreamHub {
  private readonly clients = new Set<StreamClient>();

  constructor(
    private readonly handler: ApiHandler,
    private readonly heartbeatMs = DEFAULT_HEARTBEAT_MS,
  ) {}

  get size(): number {
    return this.clients.size;
  }

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

    const client: StreamClient = {
      response,
      close: () => {
        if (!this.clients.delete(client)) return;
        clearInterval(heartbeat);
        unsubscribe();
        if (!response.writableEnded) response.end();
      },
    };
    this.clients.add(client);
    response.on('close', client.close);

    this.handler
      .handle('state.get', {})
      .then((result) => {
        if (result.ok && !sawChange) send(result.value);
      })
      .catch(() => client.close());
  }

  closeAll(): void {
    for (const client of [...this.clients]) client.close();
  }
}
