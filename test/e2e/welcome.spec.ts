import { expect, test } from '@playwright/test';
import type { HttpFixture } from '../fixtures/http-fixture';
import { startHttpFixture } from '../fixtures/http-fixture';
import { screenshotVariants, seriousAxeViolations } from '../support/screen-check';
import type { WebModeProcess } from './web-mode-process';
import { FAST_CHECKS, loopbackConnectivity, startWebMode } from './web-mode-process';

test.describe.configure({ mode: 'serial' });

let shop: HttpFixture;
let reference: HttpFixture;
let web: WebModeProcess;

test.beforeEach(async () => {
  shop = await startHttpFixture();
  reference = await startHttpFixture();
  // No monitors and a fresh data folder: the very first start.
  web = await startWebMode({ connectivity: loopbackConnectivity(reference.port), checks: FAST_CHECKS });
});

test.afterEach(async () => {
  await web?.stop();
  await shop?.close();
  await reference?.close();
});

test('first run: the website typed in, checked live, and watched after one click', async ({ page }) => {
  let clicks = 0;
  let fields = 0;
  await page.goto(web.url);
  await expect(page).toHaveURL(/#\/welcome$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Back Online' })).toBeVisible();

  await page.getByLabel('Name of your business').fill('Bakkerij De Zon');
  fields += 1;
  const site = `http://127.0.0.1:${shop.port}/`;
  await page.getByLabel('Your website').fill(site);
  fields += 1;
  const preview = page.getByTestId('target-preview');
  await expect(preview).toContainText(/We can reach it\. It answers in \d+ ms\./);
  await expect(preview).toContainText('It does not use a secure connection (https).');
  await screenshotVariants(page, 'welcome-1-en');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Start watching' }).click();
  clicks += 1;
  await expect(page).toHaveURL(/#\/$/);
  const monitor = page.locator('[data-monitor-id]');
  await expect(monitor).toContainText('127.0.0.1');
  // The first real check, not "checking…": the site answered and its time is shown.
  await expect(monitor).toContainText(/Answered in \d+ ms/);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await page.screenshot({
    path: 'test-results/screens/welcome-done-overview-1200-light.png',
    fullPage: true,
  });
  console.log(`welcome: first screen to watched site in ${fields} fields and ${clicks} clicks`);
  expect(fields).toBeLessThanOrEqual(2);
  expect(clicks).toBeLessThanOrEqual(3);

  await page.reload();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.locator('[data-monitor-id]')).toHaveCount(1);
});

test('the welcome in Dutch, with tone, a device by host:port and a contact', async ({ page }) => {
  await page.goto(web.url);
  await expect(page).toHaveURL(/#\/welcome$/);
  await page.getByLabel('Your website').fill('shop.invalid..nl');
  await page.getByRole('button', { name: 'Start watching' }).click();
  await expect(page.getByText(/Back Online cannot read this\./)).toBeVisible();

  await page.getByLabel('Your website').fill(`http://127.0.0.1:${shop.port}/`);
  await page.getByRole('button', { name: 'More options' }).click();
  await page.getByRole('radio', { name: 'Nederlands' }).check();
  await expect(page.getByRole('heading', { level: 2, name: 'Taal' })).toBeVisible();
  await page.getByRole('radio', { name: 'Informeel (je)' }).check();
  await expect(page.getByText('In deze taal spreekt Back Online je aan')).toBeVisible();
  await screenshotVariants(page, 'welcome-2-nl');
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Meer instellingen' }).click();
  await page.getByLabel('Adres van een apparaat, met zijn poort').fill(`127.0.0.1:${reference.port}`);
  await expect(page.getByTestId('target-preview')).toContainText('We kunnen hem bereiken.');
  await page.getByRole('group', { name: 'Hostingbedrijf' }).getByLabel('Naam').fill('HostNet');
  await screenshotVariants(page, 'welcome-3-nl');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Begin met controleren' }).click();

  await expect(page).toHaveURL(/#\/$/);
  await expect(page.locator('[data-monitor-id]')).toHaveCount(2);
  await expect(page.locator('[data-monitor-id]').nth(1)).toContainText(`tcp://127.0.0.1:${reference.port}`);
  const settings = (await (
    await fetch(`${web.origin}/api/settings.get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-back-online-token': web.token },
      body: '{}',
    })
  ).json()) as {
    value: { onboarded: boolean; formality: string; contacts: { name: string; role: string }[] };
  };
  expect(settings.value).toMatchObject({ onboarded: true, formality: 'informal' });
  expect(settings.value.contacts).toEqual([expect.objectContaining({ role: 'hosting', name: 'HostNet' })]);
});
