import { expect, test } from '@playwright/test';
import type { HttpFixture } from '../fixtures/http-fixture';
import { startHttpFixture } from '../fixtures/http-fixture';
import type { RawRequest } from '../../src/web/testing/http-client';
import { rawRequest } from '../../src/web/testing/http-client';
import type { WebModeProcess } from './web-mode-process';
import { FAST_CHECKS, loopbackConnectivity, startWebMode } from './web-mode-process';

test.describe.configure({ mode: 'serial' });

let shop: HttpFixture;
let site: HttpFixture;
let web: WebModeProcess;

test.beforeAll(async () => {
  shop = await startHttpFixture();
  site = await startHttpFixture();
  web = await startWebMode({
    language: 'en',
    connectivity: loopbackConnectivity(site.port),
    checks: FAST_CHECKS,
    monitors: [
      { name: 'Webshop', target: shop.url('/') },
      { name: 'Website', target: site.url('/ok') },
    ],
  });
});

test.afterAll(async () => {
  const exitCode = await web?.stop();
  await shop?.close();
  await site?.close();
  // Stopping on SIGTERM is part of the contract: a clean exit, not a crash.
  expect(exitCode).toBe(0);
});

const raw = (path: string, options: Omit<RawRequest, 'path'> = {}) =>
  rawRequest(web.port, { path, ...options });

test('refuses every kind of request without the token', async () => {
  const page = await raw('/');
  expect(page.status).toBe(401);
  expect(page.body).toContain('This page needs the link that Back Online printed when it started.');

  const index = await raw(`/?token=${web.token}`);
  expect(index.status).toBe(200);
  const asset = /src="\.?(\/assets\/[^"]+\.js)"/.exec(index.body)?.[1];
  expect(asset).toBeTruthy();
  expect((await raw(asset ?? '')).status).toBe(401);
  expect((await raw(`${asset}?token=${web.token}`)).status).toBe(200);

  const api = await raw('/api/state.get', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  expect(api.status).toBe(401);
  expect(JSON.parse(api.body)).toEqual({ ok: false, error: { code: 'untrusted_sender' } });
  expect((await raw('/events')).status).toBe(401);
  expect((await raw('/events?token=not-the-token')).status).toBe(401);
});

test('refuses a Host header other than its own address (DNS rebinding)', async () => {
  for (const host of [`attacker.example:${web.port}`, `127.0.0.1:${web.port + 1}`]) {
    const response = await raw(`/?token=${web.token}`, { headers: { host } });
    expect(response.status).toBe(421);
    expect(response.body).not.toContain('<div id="root">');
  }
});

test('answers the API with the token header', async () => {
  const response = await raw('/api/state.get', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-back-online-token': web.token },
    body: '{}',
  });
  expect(response.status).toBe(200);
  const result = JSON.parse(response.body);
  expect(result.ok).toBe(true);
  expect(
    result.value.monitors.map((entry: { monitor: { name: string } }) => entry.monitor.name).sort(),
  ).toEqual(['Webshop', 'Website']);
});

test('shows live state as the site goes down and comes back', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.setViewportSize({ width: 1100, height: 800 });

  await page.goto(web.url);
  const banner = page.getByTestId('status-banner');
  await expect(banner.getByRole('heading', { level: 1 })).toHaveText('All 2 checks are fine', {
    timeout: 30_000,
  });
  // The token leaves the address bar once the page has it.
  expect(page.url()).toBe(`${web.origin}/`);
  // The stylesheet loaded under the strict CSP: the banner has its coloured edge.
  await expect(banner).toHaveCSS('border-left-width', '8px');
  await page.screenshot({ path: 'test-results/web-ok.png', fullPage: true });

  await shop.setMode('server_error');
  await page.getByRole('button', { name: 'Check all now' }).click();
  await expect(banner.getByRole('heading', { level: 1 })).toHaveText('Webshop is down', { timeout: 30_000 });
  const webshop = page.locator('li.monitor', { hasText: 'Webshop' });
  await expect(webshop).toContainText('Down');
  await expect(webshop).toContainText('Your website shows an error instead of your pages');
  await expect(page.getByRole('region', { name: 'Open problems' })).toContainText('Affects: Webshop');
  await page.screenshot({ path: 'test-results/web-down.png', fullPage: true });

  await page.getByRole('button', { name: 'Open the recovery guide' }).click();
  await expect(page.getByRole('heading', { name: /What is wrong/ })).toBeVisible();
  await page.getByRole('button', { name: /Back to the overview/ }).click();

  // No click this time: the scheduler's own next check finds the site back, and the event stream brings it.
  await shop.setMode('up');
  await expect(banner.getByRole('heading', { level: 1 })).toHaveText('All 2 checks are fine', {
    timeout: 45_000,
  });
  await expect(webshop).toContainText('Up');

  // A reload has no token in the address any more; the tab's own copy and the cookie carry it.
  await page.reload();
  await expect(banner.getByRole('heading', { level: 1 })).toHaveText('All 2 checks are fine', {
    timeout: 30_000,
  });

  expect(problems).toEqual([]);
});

test('switches to Dutch and stays live', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.goto(web.url);
  const banner = page.getByTestId('status-banner');
  await expect(banner.getByRole('heading', { level: 1 })).toHaveText('All 2 checks are fine', {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(banner.getByRole('heading', { level: 1 })).toHaveText('Alle 2 controles zijn in orde');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await shop.setMode('server_error');
  await page.getByRole('button', { name: 'Nu alles controleren' }).click();
  await expect(banner.getByRole('heading', { level: 1 })).toHaveText('Webshop werkt niet', {
    timeout: 30_000,
  });
  await page.screenshot({ path: 'test-results/web-nl.png', fullPage: true });

  await shop.setMode('up');
  await page.getByRole('button', { name: 'Nu alles controleren' }).click();
  await expect(banner.getByRole('heading', { level: 1 })).toHaveText('Alle 2 controles zijn in orde', {
    timeout: 30_000,
  });
});
