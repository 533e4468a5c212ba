import { symlink } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebServer } from './server';
import { startWebServer } from './server';
import { RendererMissingError } from './security-headers';
import { pageSecretOf } from './token';
import { rawRequest } from './testing/http-client';
import { InMemoryHandler } from './testing/in-memory-handler';
import type { TempRenderer } from './testing/temp-renderer';
import { createTempRenderer, TEST_CSP } from './testing/temp-renderer';

let renderer: TempRenderer;
let server: WebServer;
let handler: InMemoryHandler;

beforeEach(async () => {
  renderer = await createTempRenderer();
  handler = new InMemoryHandler();
  server = await startWebServer({
    handler,
    rendererDir: renderer.rendererDir,
    port: 0,
    locale: { language: 'en', formality: 'formal' },
  });
});

afterEach(async () => {
  await server.close();
  await renderer.remove();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  rawRequest(server.port, { path, headers });
const cookieOf = (response: { headers: Record<string, string | string[] | undefined> }) => {
  const setCookie = response.headers['set-cookie'];
  return (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0] ?? '';
};

describe('startWebServer', () => {
  it('listens on 127.0.0.1 and prints a link carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the page with the token and sets a strict cookie for the assets', async () => {
    const page = await get(`/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<div id="root">');
    const setCookie = String(page.headers['set-cookie']);
    expect(setCookie).toContain(`back-online-token-${server.port}=${pageSecretOf(server.token)}`);
    expect(setCookie).not.toContain(server.token);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');

    const script = await get('/assets/app.js', { cookie: cookieOf(page) });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const style = await get('/assets/app.css', { cookie: cookieOf(page) });
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
    const reload = await get('/', { cookie: cookieOf(page) });
    expect(reload.status).toBe(200);
    expect(reload.headers['set-cookie']).toBeUndefined();
  });

  it('refuses the page and its assets without the token, in plain words', async () => {
    const page = await get('/');
    expect(page.status).toBe(401);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('This page needs the link that Back Online printed when it started.');
    expect(page.body).not.toContain('<script');
    expect((await get('/?token=wrong')).status).toBe(401);
    expect((await get('/assets/app.js')).status).toBe(401);
    expect((await get('/assets/app.js', { cookie: `back-online-token-${server.port}=wrong` })).status).toBe(
      401,
    );
    // A cookie for another instance's port is no key to this one.
    const otherPort = `back-online-token-1=${pageSecretOf(server.token)}`;
    expect((await get('/assets/app.js', { cookie: otherPort })).status).toBe(401);
    // Unknown paths look the same as known ones to a stranger.
    expect((await get('/no-such-file')).status).toBe(401);
  });

  it('keeps the page cookie for the page and the event stream; it opens no API call', async () => {
    const cookie = cookieOf(await get(`/?token=${server.token}`));
    const pageSecret = cookie.split('=')[1] ?? '';
    expect(pageSecret).not.toBe('');
    expect((await get('/assets/app.js', { cookie })).status).toBe(200);
    const events = await new Promise<number>((resolve, reject) => {
      const request = httpGet(
        { host: '127.0.0.1', port: server.port, path: '/events', headers: { cookie } },
        (response) => {
          resolve(response.statusCode ?? 0);
          response.destroy();
        },
      );
      request.on('error', reject);
    });
    expect(events).toBe(200);
    for (const headers of [
      { cookie },
      { 'x-back-online-token': pageSecret },
      { cookie, 'x-back-online-token': pageSecret },
    ] as Record<string, string>[]) {
      const api = await rawRequest(server.port, {
        method: 'POST',
        path: '/api/state.get',
        headers: { 'content-type': 'application/json', ...headers },
        body: '{}',
      });
      expect(api.status).toBe(401);
    }
    // The token itself is no cookie either: the cookie holds the derived secret only.
    const tokenAsCookie = `back-online-token-${server.port}=${server.token}`;
    expect((await get('/assets/app.js', { cookie: tokenAsCookie })).status).toBe(401);
  });

  it('refuses an API call from another origin even with the token', async () => {
    const call = (origin: string) =>
      rawRequest(server.port, {
        method: 'POST',
        path: '/api/state.get',
        headers: { 'content-type': 'application/json', 'x-back-online-token': server.token, origin },
        body: '{}',
      });
    for (const origin of ['http://127.0.0.1:1', 'http://evil.example', 'null']) {
      const response = await call(origin);
      expect(response.status, origin).toBe(403);
      expect(JSON.parse(response.body)).toEqual({ ok: false, error: { code: 'not_allowed' } });
    }
    expect(handler.calls).toEqual([]);
    expect((await call(`http://127.0.0.1:${server.port}`)).status).toBe(200);
  });

  it('answers a request-target no parser can read with 400, before anything else', async () => {
    for (const path of ['//', 'http://[::1', '//x:99999/api/state.get']) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect(response.body, path).toContain('This address cannot be read.');
    }
  });

  it('speaks Dutch on its own pages when the owner does', async () => {
    const dutch = await startWebServer({
      handler,
      rendererDir: renderer.rendererDir,
      locale: () => ({ language: 'nl', formality: 'informal' }),
    });
    try {
      const page = await rawRequest(dutch.port, { path: '/' });
      expect(page.status).toBe(401);
      expect(page.body).toContain('<html lang="nl">');
      expect(page.body).toContain(
        'Deze pagina heeft de link nodig die Back Online bij het starten liet zien.',
      );
    } finally {
      await dutch.close();
    }
  });

  it('refuses a Host header other than its own loopback address and port', async () => {
    const token = `?token=${server.token}`;
    for (const host of [
      'evil.example',
      `evil.example:${server.port}`,
      `127.0.0.1:${server.port + 1}`,
      '127.0.0.1',
    ]) {
      const response = await get(`/${token}`, { host });
      expect(response.status, host).toBe(421);
      expect(response.body).not.toContain('<div id="root">');
    }
    const api = await rawRequest(server.port, {
      method: 'POST',
      path: '/api/state.get',
      headers: {
        host: 'evil.example',
        'x-back-online-token': server.token,
        'content-type': 'application/json',
      },
      body: '{}',
    });
    expect(api.status).toBe(421);
    expect(JSON.parse(api.body)).toEqual({ ok: false, error: { code: 'untrusted_sender' } });
    expect((await get(`/${token}`, { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('sends the window CSP and hardening headers, and never CORS headers', async () => {
    const responses = [
      await get(`/?token=${server.token}`),
      await get('/'),
      await rawRequest(server.port, {
        method: 'OPTIONS',
        path: '/api/state.get',
        headers: { origin: 'http://evil.example' },
      }),
      await rawRequest(server.port, {
        method: 'POST',
        path: '/api/state.get',
        headers: {
          'x-back-online-token': server.token,
          'content-type': 'application/json',
          origin: 'http://x',
        },
        body: '{}',
      }),
    ];
    for (const response of responses) {
      expect(response.headers['content-security-policy']).toBe(TEST_CSP);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
    expect(responses[2]?.status).toBe(405);
  });

  it('answers OPTIONS and unexpected methods with 405', async () => {
    for (const [method, path] of [
      ['OPTIONS', '/'],
      ['OPTIONS', `/?token=${server.token}`],
      ['DELETE', `/?token=${server.token}`],
      ['POST', `/?token=${server.token}`],
      ['PUT', '/api/state.get'],
    ] as const) {
      expect((await rawRequest(server.port, { method, path })).status, `${method} ${path}`).toBe(405);
    }
  });

  it('refuses requests another site started, even with a valid cookie', async () => {
    const cookie = `back-online-token-${server.port}=${pageSecretOf(server.token)}`;
    const asset = await get('/assets/app.js', {
      cookie,
      'sec-fetch-site': 'same-site',
      'sec-fetch-mode': 'no-cors',
    });
    expect(asset.status).toBe(403);
    const ownAsset = await get('/assets/app.js', {
      cookie,
      'sec-fetch-site': 'same-origin',
      'sec-fetch-mode': 'cors',
    });
    expect(ownAsset.status).toBe(200);
    const pastedLink = await get(`/?token=${server.token}`, {
      'sec-fetch-site': 'none',
      'sec-fetch-mode': 'navigate',
    });
    expect(pastedLink.status).toBe(200);
  });

  it('serves only files inside the renderer folder', async () => {
    const cookie = `back-online-token-${server.port}=${pageSecretOf(server.token)}`;
    await symlink(join(renderer.base, 'secret.txt'), join(renderer.rendererDir, 'assets', 'link.txt'));
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/assets/link.txt',
      '/assets/app.js%00.css',
      '/%E0%A4%A',
      '/assets',
    ]) {
      const response = await get(path, { cookie });
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('not for the browser');
    }
  });

  it('refuses to start without a built renderer', async () => {
    await expect(
      startWebServer({
        handler,
        rendererDir: join(renderer.base, 'missing'),
        locale: { language: 'en', formality: 'formal' },
      }),
    ).rejects.toBeInstanceOf(RendererMissingError);
  });

  it('frees its port on close', async () => {
    const { port } = server;
    await server.close();
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.on('error', () => resolve(true));
    });
    expect(refused).toBe(true);
    server = await startWebServer({
      handler,
      rendererDir: renderer.rendererDir,
      locale: { language: 'en', formality: 'formal' },
    });
  });
});
