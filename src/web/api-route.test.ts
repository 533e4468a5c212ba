import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebServer } from './server';
import { startWebServer } from './server';
import { rawRequest } from './testing/http-client';
import { emptyAppState, InMemoryHandler } from './testing/in-memory-handler';
import type { TempRenderer } from './testing/temp-renderer';
import { createTempRenderer } from './testing/temp-renderer';

let renderer: TempRenderer;
let server: WebServer;
let handler: InMemoryHandler;

beforeEach(async () => {
  renderer = await createTempRenderer();
  handler = new InMemoryHandler(emptyAppState(1234));
  server = await startWebServer({
    handler,
    rendererDir: renderer.rendererDir,
    locale: { language: 'en', formality: 'formal' },
  });
});

afterEach(async () => {
  await server.close();
  await renderer.remove();
});

function post(channel: string, body: string | Buffer, headers: Record<string, string> = {}) {
  return rawRequest(server.port, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', 'x-back-online-token': server.token, ...headers },
    body,
  });
}

describe('POST /api/<channel>', () => {
  it("answers with the handler's result", async () => {
    const response = await post('state.get', '{}');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: emptyAppState(1234) });
    expect(handler.calls).toEqual([{ channel: 'state.get', request: {} }]);
  });

  it('passes the validated request on, and a handler refusal through as an answer', async () => {
    handler.respond('monitoring.snooze', () => ({ ok: false, error: { code: 'not_allowed' } }));
    const response = await post('monitoring.snooze', JSON.stringify({ duration: '1h' }), {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code: 'not_allowed' } });
    expect(handler.calls).toEqual([{ channel: 'monitoring.snooze', request: { duration: '1h' } }]);
  });

  it('treats an empty body as an empty request', async () => {
    expect(JSON.parse((await post('state.get', '')).body)).toMatchObject({ ok: true });
  });

  it('requires the token header; the cookie alone is not enough', async () => {
    const cookie = `back-online-token-${server.port}=${server.token}`;
    for (const headers of [
      { 'x-back-online-token': '' },
      { 'x-back-online-token': 'wrong', cookie },
    ] as Record<string, string>[]) {
      const response = await post('state.get', '{}', headers);
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code: 'untrusted_sender' } });
    }
    const noHeader = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/state.get',
      headers: { 'content-type': 'application/json', cookie },
      body: '{}',
    });
    expect(noHeader.status).toBe(401);
    expect(handler.calls).toEqual([]);
  });

  it('refuses anything but JSON', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await post('state.get', '{}', { 'content-type': type });
      expect(response.status, type).toBe(415);
      expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code: 'invalid_request' } });
    }
    expect(handler.calls).toEqual([]);
  });

  it('refuses bodies over the cap, whether announced or streamed', async () => {
    const big = Buffer.alloc(1024 * 1024 + 1, 'a');
    const announced = await post('state.get', big);
    expect(announced.status).toBe(413);
    expect(JSON.parse(announced.body)).toEqual({ ok: false, error: { code: 'invalid_request' } });

    const streamed = await post('state.get', big, { 'transfer-encoding': 'chunked' });
    expect(streamed.status).toBe(413);
    expect(handler.calls).toEqual([]);
  });

  it('names malformed JSON, unknown channels and invalid requests', async () => {
    const malformed = await post('state.get', '{"');
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toEqual({ ok: false, error: { code: 'invalid_request' } });

    const unknown = await post('shell.exec', '{}');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toEqual({ ok: false, error: { code: 'unknown_channel' } });
    expect((await post('__proto__', '{}')).status).toBe(404);

    const invalid = await post('monitoring.snooze', JSON.stringify({ duration: 'forever', extra: 1 }));
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(JSON.parse(invalid.body).error.issues).toEqual(
      expect.arrayContaining([{ path: 'duration', code: 'invalid_value' }]),
    );
    expect(handler.calls).toEqual([]);
  });

  it('answers "internal" without details when the handler throws', async () => {
    handler.respond('checks.runNow', () => {
      throw new Error('database is locked at /home/owner/secret');
    });
    const response = await post('checks.runNow', '{}');
    expect(response.status).toBe(500);
    expect(response.body).toBe(JSON.stringify({ ok: false, error: { code: 'internal' } }));
  });

  it('accepts only POST', async () => {
    const response = await rawRequest(server.port, {
      path: '/api/state.get',
      headers: { 'x-back-online-token': server.token },
    });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
  });

  it('refuses calls another site started', async () => {
    const response = await post('state.get', '{}', {
      'sec-fetch-site': 'same-site',
      'sec-fetch-mode': 'cors',
    });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code: 'not_allowed' } });
  });
});
