import type { ClientRequest, IncomingMessage } from 'node:http';
import { get as httpGet } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppState } from '../shared/app-state';
import type { WebServer } from './server';
import { startWebServer } from './server';
import { rawRequest } from './testing/http-client';
import { emptyAppState, InMemoryHandler } from './testing/in-memory-handler';
import type { TempRenderer } from './testing/temp-renderer';
import { createTempRenderer } from './testing/temp-renderer';
import { pageSecretOf } from './token';

let renderer: TempRenderer;
let server: WebServer;
let handler: InMemoryHandler;

beforeEach(async () => {
  renderer = await createTempRenderer();
  handler = new InMemoryHandler(emptyAppState(1));
  server = await startWebServer({
    handler,
    rendererDir: renderer.rendererDir,
    locale: { language: 'en', formality: 'formal' },
    heartbeatMs: 50,
  });
});

afterEach(async () => {
  await server.close();
  await renderer.remove();
});

interface Stream {
  response: IncomingMessage;
  request: ClientRequest;
  text(): string;
  states(): AppState[];
  waitFor(condition: () => boolean): Promise<void>;
  ended: Promise<void>;
}

function openStream(path: string, headers: Record<string, string> = {}): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const request = httpGet({ host: '127.0.0.1', port: server.port, path, headers }, (response) => {
      let text = '';
      const waiters = new Set<() => void>();
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
        for (const waiter of waiters) waiter();
      });
      const ended = new Promise<void>((done) => response.on('close', () => done()));
      resolve({
        response,
        request,
        ended,
        text: () => text,
        states: () =>
          text
            .split('\n\n')
            .filter((block) => block.startsWith('data: '))
            .map((block) => JSON.parse(block.slice('data: '.length)) as AppState),
        waitFor: (condition) =>
          new Promise((done, fail) => {
            const timer = setTimeout(() => fail(new Error(`stream never matched; got: ${text}`)), 10_000);
            const check = () => {
              if (!condition()) return;
              clearTimeout(timer);
              waiters.delete(check);
              done();
            };
            waiters.add(check);
            check();
          }),
      });
    });
    request.on('error', reject);
  });
}

async function eventually(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition never became true');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('GET /events', () => {
  it('sends the current state at once, then every change', async () => {
    const stream = await openStream(`/events?token=${server.token}`);
    expect(stream.response.statusCode).toBe(200);
    expect(stream.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    await stream.waitFor(() => stream.states().length === 1);
    expect(stream.states()[0]).toEqual(emptyAppState(1));

    handler.setState({ ...emptyAppState(2), overall: 'down' });
    handler.setState({ ...emptyAppState(3), overall: 'ok' });
    await stream.waitFor(() => stream.states().length === 3);
    expect(stream.states().map((state) => [state.generatedAt, state.overall])).toEqual([
      [1, 'ok'],
      [2, 'down'],
      [3, 'ok'],
    ]);
    stream.request.destroy();
  });

  it('accepts the cookie the page set, since EventSource cannot send headers', async () => {
    const stream = await openStream('/events', {
      cookie: `back-online-token-${server.port}=${pageSecretOf(server.token)}`,
    });
    expect(stream.response.statusCode).toBe(200);
    await stream.waitFor(() => stream.states().length === 1);
    stream.request.destroy();
  });

  it('refuses a stream without the token', async () => {
    for (const path of ['/events', '/events?token=wrong']) {
      const response = await rawRequest(server.port, { path });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code: 'untrusted_sender' } });
    }
    expect(handler.subscriberCount).toBe(0);
  });

  it('keeps the connection alive with heartbeats', async () => {
    const stream = await openStream(`/events?token=${server.token}`);
    await stream.waitFor(() => stream.text().split(': heartbeat').length > 2);
    stream.request.destroy();
  });

  it('unsubscribes when the browser goes away', async () => {
    const stream = await openStream(`/events?token=${server.token}`);
    await stream.waitFor(() => stream.states().length === 1);
    expect(handler.subscriberCount).toBe(1);
    stream.request.destroy();
    await eventually(() => handler.subscriberCount === 0);
  });

  it('ends every stream when the server closes', async () => {
    const streams = [
      await openStream(`/events?token=${server.token}`),
      await openStream(`/events?token=${server.token}`),
    ];
    for (const stream of streams) await stream.waitFor(() => stream.states().length === 1);
    expect(handler.subscriberCount).toBe(2);
    await server.close();
    await Promise.all(streams.map((stream) => stream.ended));
    expect(handler.subscriberCount).toBe(0);
    server = await startWebServer({
      handler,
      rendererDir: renderer.rendererDir,
      locale: { language: 'en', formality: 'formal' },
    });
  });

  it('does not let the first answer overtake a newer change', async () => {
    let answer: (() => void) | undefined;
    handler.respond(
      'state.get',
      () => new Promise((resolve) => (answer = () => resolve({ ok: true, value: emptyAppState(1) }))),
    );
    const stream = await openStream(`/events?token=${server.token}`);
    await eventually(() => answer !== undefined);
    handler.setState({ ...emptyAppState(2), overall: 'down' });
    await stream.waitFor(() => stream.states().length === 1);
    const answeredAt = stream.text().length;
    answer?.();
    // a heartbeat is written by a timer, after the answer's promise has settled: anything the late
    // answer sent would be on the stream before it
    await stream.waitFor(() => stream.text().slice(answeredAt).includes(': heartbeat'));
    expect(stream.states().map((state) => state.generatedAt)).toEqual([2]);
    stream.request.destroy();
  });
});
