import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { interpolate, pickCatalog } from '../../src/shared/i18n/interpolate';
import { updateCatalogs } from '../../src/shared/i18n/updates';
import type { Locale } from '../../src/shared/locale';
import { screenshotVariants, seriousAxeViolations } from '../support/screen-check';
import type { WebModeProcess } from './web-mode-process';
import { startWebMode } from './web-mode-process';

test.describe.configure({ mode: 'serial' });

let web: WebModeProcess;

test.beforeAll(async () => {
  web = await startWebMode({ language: 'en', onboarded: true });
});

test.afterAll(async () => {
  await web?.stop();
});

/**
 * Web mode has no updater, so to look at the banner this page is told what the desktop's main process
 * would answer: an update downloaded, and what "Restart to update" did. Everything else is the real server.
 */
async function answerAsTheDesktop(page: Page, outcome: 'restarting' | 'on_quit') {
  await page.route('**/api/app.updateStatus', (route) =>
    route.fulfill({ json: { ok: true, value: { phase: 'ready', version: '1.2.0' } } }),
  );
  await page.route('**/api/app.installUpdate', (route) =>
    route.fulfill({ json: { ok: true, value: { outcome } } }),
  );
}

test('web mode says nothing about updates: it has no updater', async ({ page }) => {
  const asked = page.waitForResponse('**/api/app.updateStatus');
  await page.goto(web.url);
  expect(await (await asked).json()).toEqual({ ok: false, error: { code: 'unavailable' } });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.notice--update')).toHaveCount(0);
});

for (const locale of [
  { language: 'en', formality: 'formal' },
  { language: 'nl', formality: 'formal' },
] as const satisfies Locale[]) {
  test(`the banner the desktop shows once an update is ready (${locale.language})`, async ({ page }) => {
    const texts = pickCatalog(updateCatalogs, locale).banner;
    await answerAsTheDesktop(page, 'restarting');
    await page.goto(web.url);
    if (locale.language === 'nl') await page.getByRole('button', { name: 'Nederlands' }).click();
    const banner = page.locator('.notice--update');
    await expect(banner).toContainText(interpolate(texts.ready, { version: '1.2.0' }));
    expect(await seriousAxeViolations(page)).toEqual([]);
    await screenshotVariants(page, `update-banner-${locale.language}`);
    // One click from any screen: the button is reached by keyboard too.
    await banner.getByRole('button', { name: texts.restart }).focus();
    await page.keyboard.press('Enter');
    await expect(banner).toHaveText(texts.restarting);
    if (locale.language === 'nl') await page.getByRole('button', { name: 'English' }).click();
  });
}
