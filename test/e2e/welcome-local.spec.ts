import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { screenshotVariants, seriousAxeViolations } from '../support/screen-check';
import type { ShopWatch } from './web-mode-process';
import { startShopWatch } from './web-mode-process';

let watch: ShopWatch;

test.beforeAll(async () => {
  // No monitors and the welcome not yet done: the very first start, on this very computer.
  watch = await startShopWatch(() => [], { onboarded: false });
});

test.afterAll(async () => {
  await watch?.stop();
});

test.skip(process.platform !== 'linux', 'the running web mode is found by its name in /proc');

test('the welcome lists what runs on this computer; a program picked is watched from the start', async ({
  page,
}) => {
  // The program the running back-online web was started from: it certainly runs here.
  const started = (await readFile(`/proc/${watch.web.pid}/cmdline`, 'utf8')).split('\0')[0] ?? '';
  const program = started.split('/').pop() ?? '';
  await page.goto(watch.web.url);
  await expect(page).toHaveURL(/#\/welcome$/);
  await page.getByLabel('Your website').fill(watch.shop.url('/'));
  await page.getByRole('button', { name: 'More options' }).click();
  await page.getByRole('button', { name: 'More options' }).click();
  await page.getByRole('button', { name: 'Show what runs on this computer' }).click();
  await page.getByLabel('Find by name').fill(program.slice(0, 3));
  await page.getByRole('checkbox', { name: program, exact: true }).check();
  await expect(page.getByText(`Watched from the start: ${program}`)).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await screenshotVariants(page, 'welcome-local-things-en');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByText(`Wordt meteen gecontroleerd: ${program}`)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Programma’s' })).toBeVisible();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await screenshotVariants(page, 'welcome-local-things-nl');
  await page.getByRole('button', { name: 'English' }).click();

  await page.getByRole('button', { name: 'Start watching' }).click();
  await expect(page).toHaveURL(/#\/$/);
  const watched = page.locator('[data-monitor-id]', { hasText: program });
  await expect(watched).toBeVisible();
  await expect(page.locator('[data-monitor-id]')).toHaveCount(2);
  // The process check itself ran on this computer and found it running.
  await expect(watched.locator('.monitor__status')).toHaveText(/^Up/);
});
