import { expect, test } from '@playwright/test';
import type { HttpFixture } from '../fixtures/http-fixture';
import { startHttpFixture } from '../fixtures/http-fixture';
import { screenshotVariants, seriousAxeViolations } from '../support/screen-check';
import type { WebModeProcess } from './web-mode-process';
import { FAST_CHECKS, loopbackConnectivity, startWebMode } from './web-mode-process';

let shop: HttpFixture;
let reference: HttpFixture;
let web: WebModeProcess;

test.beforeAll(async () => {
  shop = await startHttpFixture();
  reference = await startHttpFixture();
  web = await startWebMode({
    language: 'en',
    onboarded: true,
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

test('history shows uptime and response times per check for every period, in English and Dutch', async ({
  page,
}) => {
  await page.goto(web.url);
  await expect(page.locator('[data-monitor-id]')).toContainText(/Answered in \d+ ms/);
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  const section = page.locator('[data-history-monitor]');
  await expect(
    section.getByRole('img', { name: 'Up 100% of the time over the last 24 hours.' }),
  ).toBeVisible();
  await expect(
    section.getByRole('img', { name: /^Response times over the last 24 hours: usually \d+ ms/ }),
  ).toBeVisible();
  await expect(page.getByText('No problems recorded yet.')).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await screenshotVariants(page, 'history-en');

  await page.getByRole('button', { name: '90 days' }).click();
  await expect(
    section.getByRole('img', { name: 'Up 100% of the time over the last 90 days.' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Geschiedenis' })).toBeVisible();
  await expect(
    section.getByRole('img', { name: '100% van de tijd bereikbaar in de afgelopen 90 dagen.' }),
  ).toBeVisible();
  await screenshotVariants(page, 'history-nl');
});
