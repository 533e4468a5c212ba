import type { IncomingHttpHeaders, Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { rawRequest } from '../../src/web/testing/http-client';
import type { WebModeProcess } from './web-mode-process';
import { startWebMode } from './web-mode-process';

/** Another program on the owner's machine that their browser visits: it keeps every header it is sent. */
interface CookieCatcher {
  port: number;
  received: IncomingHttpHeaders[];
  close(): Promise<void>;
}

async function startCookieCatcher(): Promise<CookieCatcher> {
  const received: IncomingHttpHeaders[] = [];
  const server: Server = createServer((request, response) => {
    received.push(request.headers);
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Another local program</title><p>Hello</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

let web: WebModeProcess;
let catcher: CookieCatcher;

test.beforeAll(async () => {
  catcher = await startCookieCatcher();
  web = await startWebMode({
    language: 'en',
    connectivity: { targets: [`tcp://127.0.0.1:${catcher.port}`], includeGateway: false },
    monitors: [],
  });
});

test.afterAll(async () => {
  await web?.stop();
  await catcher?.close();
});

test('a local server the browser visits gets a cookie that opens no API call', async ({ page }) => {
  await page.goto(web.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Cookies ignore ports: the browser hands web mode's cookie to any other server on 127.0.0.1.
  await page.goto(`http://127.0.0.1:${catcher.port}/`);
  await expect(page.getByText('Hello')).toBeVisible();
  const cookieHeader = catcher.received.map((headers) => headers.cookie ?? '').join('; ');
  const stolen = new RegExp(`back-online-token-${web.port}=([^;\\s]+)`).exec(cookieHeader)?.[1];
  expect(stolen, 'the browser sent the cookie to the other port').toBeTruthy();
  expect(stolen).not.toBe(web.token);

  // The other program replays what it caught, every way the API could take it.
  for (const headers of [
    { 'x-back-online-token': stolen ?? '' },
    { cookie: `back-online-token-${web.port}=${stolen}` },
    { cookie: `back-online-token-${web.port}=${stolen}`, 'x-back-online-token': stolen ?? '' },
  ] as Record<string, string>[]) {
    const api = await rawRequest(web.port, {
      method: 'POST',
      path: '/api/settings.get',
      headers: { 'content-type': 'application/json', ...headers },
      body: '{}',
    });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toEqual({ ok: false, error: { code: 'untrusted_sender' } });
  }

  // The owner's own tab keeps working: the window calls the API with the token it took from the link.
  await page.goto(`${web.origin}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const settings = await page.evaluate(async (token) => {
    const response = await fetch('/api/settings.get', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-back-online-token': token },
      body: '{}',
    });
    return response.status;
  }, web.token);
  expect(settings).toBe(200);
});
