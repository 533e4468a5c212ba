import { writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { screenshotVariants, seriousAxeViolations } from '../support/screen-check';
import type { ShopWatch } from './web-mode-process';
import { startShopWatch } from './web-mode-process';

test.describe.configure({ mode: 'serial' });

let watch: ShopWatch;

test.beforeAll(async () => {
  watch = await startShopWatch();
});

test.afterAll(async () => {
  await watch?.stop();
});

test('a monitor added, edited, paused and deleted in Settings, the overview following', async ({ page }) => {
  await page.goto(`${watch.web.url}#/settings`);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('button', { name: 'Add something to watch' }).click();
  const form = page.locator('form.monitor-form');
  await form.getByLabel('Name', { exact: true }).fill('Webshop');
  await form.getByLabel('Address').fill('kassa');
  await form.getByLabel('Check every … seconds (optional)').fill('5');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Back Online cannot read this.')).toBeVisible();
  await expect(form.getByText('Please use a number of at least 10.')).toBeVisible();
  await screenshotVariants(page, 'settings-errors-en');

  await form.getByLabel('Address').fill(`http://127.0.0.1:${watch.shop.port}/`);
  await form.getByLabel('Check every … seconds (optional)').fill('');
  await expect(form.getByTestId('target-preview')).toContainText('We can reach it.');
  await form.getByRole('button', { name: 'Save' }).click();
  const row = page.locator('[data-settings-monitor="Webshop"]');
  await expect(row).toContainText(`http://127.0.0.1:${watch.shop.port}/`);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await screenshotVariants(page, 'settings-en');

  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.locator('[data-monitor-id]')).toContainText(/Answered in \d+ ms/);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Change: Webshop' }).click();
  await page.locator('form.monitor-form').getByLabel('Name', { exact: true }).fill('Webwinkel');
  await page.locator('form.monitor-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-settings-monitor="Webwinkel"]')).toBeVisible();
  await page.getByRole('button', { name: 'Pause: Webwinkel' }).click();
  await expect(page.locator('[data-settings-monitor="Webwinkel"]')).toContainText('Paused');
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.locator('[data-monitor-id]')).toContainText('Webwinkel');
  await expect(page.locator('[data-monitor-id]')).toContainText('Paused');

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Remove: Webwinkel' }).click();
  await page.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(page.getByText('Nothing yet. Add your website below.')).toBeVisible();
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.locator('[data-monitor-id]')).toHaveCount(0);
});

test('settings in Dutch; a hostile import changes nothing and says why; a good one is previewed first', async ({
  page,
}, testInfo) => {
  await page.goto(`${watch.web.url}#/settings`);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();
  await page.getByLabel('Naam van uw bedrijf').fill('x'.repeat(120));
  await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
  await expect(page.getByText('Maak dit korter: hoogstens 100 tekens.')).toBeVisible();
  await page.getByLabel('Naam van uw bedrijf').fill('Bakkerij De Zon');
  await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
  await expect(page.getByText('Bewaard.')).toBeVisible();

  const hostile = testInfo.outputPath('hostile.json');
  await writeFile(
    hostile,
    '{"format":"back-online-settings","version":1,"__proto__":{"x":1},"settings":{},"monitors":[]}',
  );
  await page.getByLabel('Instellingen laden uit een bestand').setInputFiles(hostile);
  await expect(page.getByText(/Dit bestand bevat een fout bij .* Er is niets veranderd\./)).toBeVisible();

  const good = testInfo.outputPath('good.json');
  await writeFile(
    good,
    JSON.stringify({
      format: 'back-online-settings',
      version: 1,
      settings: { language: 'nl', onboarded: true, business: { name: 'Bakkerij De Zon' } },
      monitors: [{ name: 'Kassa', target: `127.0.0.1:${watch.reference.port}`, enabled: true }],
    }),
  );
  await page.getByLabel('Instellingen laden uit een bestand').setInputFiles(good);
  await expect(page.getByText('Gaan controleren: Kassa')).toBeVisible();
  await screenshotVariants(page, 'settings-import-nl');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Deze wijzigingen doorvoeren' }).click();
  await expect(page.getByText('De instellingen uit het bestand zijn nu in gebruik.')).toBeVisible();
  await expect(page.locator('[data-settings-monitor="Kassa"]')).toContainText(
    `tcp://127.0.0.1:${watch.reference.port}`,
  );
});
