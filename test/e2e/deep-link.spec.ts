import { expect, test } from '@playwright/test';
import type { HttpFixture } from '../fixtures/http-fixture';
import { startHttpFixture } from '../fixtures/http-fixture';
import type { WebModeProcess } from './web-mode-process';
import { FAST_CHECKS, loopbackConnectivity, openIncidentId, startWebMode } from './web-mode-process';

test.describe.configure({ mode: 'serial' });

let shop: HttpFixture;
let reference: HttpFixture;
let web: WebModeProcess;

test.beforeAll(async () => {
  shop = await startHttpFixture();
  reference = await startHttpFixture();
  await shop.setMode('server_error');
  web = await startWebMode({
    language: 'en',
    connectivity: loopbackConnectivity(reference.port),
    checks: FAST_CHECKS,
    monitors: [{ name: 'Webshop', target: shop.url('/') }],
  });
});

test.afterAll(async () => {
  await web?.stop();
  await shop?.close();
  await reference?.close();
});

test('a link to #/incident/<id> opens that incident, and back returns to the overview', async ({ page }) => {
  const id = await openIncidentId(web);
  await page.goto(`${web.url}#/incident/${encodeURIComponent(id)}`);
  await expect(page.getByRole('button', { name: /Back to the overview/ })).toBeVisible({ timeout: 30_000 });
  // The token leaves the address; the incident stays in it.
  expect(page.url()).toContain(`/#/incident/${encodeURIComponent(id)}`);
  expect(page.url()).not.toContain('token=');

  await page.getByRole('button', { name: /Back to the overview/ }).click();
  await expect(page.getByTestId('status-banner')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('button', { name: /Back to the overview/ })).toBeVisible();
  await page.goForward();
  await expect(page.getByTestId('status-banner')).toBeVisible();
});
