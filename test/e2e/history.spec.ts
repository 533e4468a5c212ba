import { expect, test } from '@playwright/test';
import { screenshotVariants, seriousAxeViolations } from '../support/screen-check';
import type { ShopWatch } from './web-mode-process';
import { startShopWatch } from './web-mode-process';

let watch: ShopWatch;

test.beforeAll(async () => {
  watch = await startShopWatch((shop) => [{ name: 'Webshop', target: shop.url('/') }]);
});

test.afterAll(async () => {
  await watch?.stop();
});

test('history shows uptime and response times per check for every period, in English and Dutch', async ({
  page,
}) => {
  await page.goto(watch.web.url);
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
  const months = section.locator('.monthly-uptime');
  await expect(months).toContainText(
    new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(new Date()),
  );
  await expect(months).toContainText('100%');
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
