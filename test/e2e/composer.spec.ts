import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { messageTime } from '../../src/shared/messages/message-facts';
import {
  expectNoSeriousAxeViolations as expectNoSeriousAxeViolationsIn,
  liveIncidentForSuite,
} from './live-incident';

test.describe.configure({ mode: 'serial' });

const live = liveIncidentForSuite();

/** What the composer put on the clipboard, read in the page with the permission granted. */
async function clipboardText(page: Page): Promise<string> {
  return String(await page.evaluate('navigator.clipboard.readText()'));
}

async function openRedOverview(page: Page): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: live().web.origin });
  await page.goto(live().web.url);
  await expect(
    page.getByRole('button', { name: /Open the recovery guide|Open het herstelplan/ }),
  ).toBeVisible({
    timeout: 45_000,
  });
}

const expectNoSeriousAxeViolations = (page: Page) =>
  expectNoSeriousAxeViolationsIn(page, '[data-testid="composer"]');

test('from the red overview to a copied X post in three clicks, in English, then sent and in the timeline', async ({
  page,
}) => {
  await openRedOverview(page);
  const clicks: string[] = [];
  const clickOn = async (name: string | RegExp) => {
    clicks.push(String(name));
    await page.getByRole('button', { name }).click();
  };
  await clickOn('Open the recovery guide');
  await clickOn(/Next: Communicate/);
  await clickOn('Social media');
  const composer = page.getByTestId('composer');
  await expect(composer.getByLabel('Where does it go?')).toHaveValue('x');
  await clickOn('Copy X post');
  console.log(
    `clicks from the red overview to a copied customer post: ${clicks.length} (${clicks.join(' → ')})`,
  );
  expect(clicks.length).toBeLessThanOrEqual(5);

  await expect(composer.getByTestId('message-notice')).toHaveText('Copied. Now paste it in X.');
  const copied = await clipboardText(page);
  const startTime = messageTime(await live().openedAt(), Date.now(), 'en');
  expect(copied).toContain('Bakkerij De Zon');
  expect(copied).toContain('bakkerijdezon.nl');
  expect(copied).toContain(`Since ${startTime}`);
  expect(copied).toBe(await composer.getByTestId('message-text').inputValue());

  // The X link carries exactly that text, encoded so nothing in it ends the parameter early.
  const xLink = await composer.getByRole('link', { name: 'Open in X' }).getAttribute('href');
  expect(xLink?.startsWith('https://x.com/intent/tweet?text=')).toBe(true);
  expect(new URL(xLink ?? '').searchParams.get('text')).toBe(copied);
  expect(xLink).not.toMatch(/[ &]b=2/);

  await composer.getByLabel('Where does it go?').selectOption('whatsapp_status');
  const whatsappText = await composer.getByTestId('message-text').inputValue();
  const waLink = await composer.getByRole('link', { name: 'Open in WhatsApp' }).getAttribute('href');
  expect(waLink?.startsWith('https://wa.me/?text=')).toBe(true);
  expect(new URL(waLink ?? '').searchParams.get('text')).toBe(whatsappText);

  await composer.getByLabel('Where does it go?').selectOption('x');
  await composer.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(composer.getByTestId('message-notice')).toHaveText(
    /^Noted in the timeline: sent at \d\d:\d\d\.$/,
  );
  await expect(page.getByText(`Message sent (X): ${copied}`)).toBeVisible({ timeout: 15_000 });
  await expect(composer.getByText(/^X at \d\d:\d\d$/)).toBeVisible();
});

test('the Dutch X post holds the business name, the site and the start time', async ({ page }) => {
  await openRedOverview(page);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('button', { name: 'Open het herstelplan' }).click();
  await page.getByRole('button', { name: 'Sociale media' }).click();
  const composer = page.getByTestId('composer');
  // An update was sent in the English test, so the Dutch X post is the "still working on it" update.
  await composer.getByLabel('Wat is het nieuws?').selectOption('investigating');
  await composer.getByRole('button', { name: 'Kopieer X-bericht' }).click();
  await expect(composer.getByTestId('message-notice')).toHaveText('Gekopieerd. Plak het nu in X.');
  const copied = await clipboardText(page);
  const startTime = messageTime(await live().openedAt(), Date.now(), 'nl');
  expect(copied).toContain('Bakkerij De Zon');
  expect(copied).toContain('bakkerijdezon.nl');
  expect(copied).toContain(`Sinds ${startTime}`);
  await page.getByRole('button', { name: 'English' }).click();
});

const SHOTS = [
  { audience: { en: 'Social media', nl: 'Sociale media' }, channel: 'x', name: 'x-post' },
  { audience: { en: 'Customers', nl: 'Klanten' }, channel: 'email', name: 'customer-email' },
  {
    audience: { en: 'Social media', nl: 'Sociale media' },
    channel: 'whatsapp_status',
    name: 'whatsapp-status',
  },
] as const;

test('screenshots of the composer in English and Dutch, light and dark, wide and narrow, with no serious axe finding', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await openRedOverview(page);
  for (const language of ['en', 'nl'] as const) {
    if (language === 'nl') await page.getByRole('button', { name: 'Nederlands' }).click();
    await page
      .getByRole('button', { name: language === 'en' ? 'Open the recovery guide' : 'Open het herstelplan' })
      .click();
    // The guide reopens where the owner left off; the step indicator goes to Communicate from anywhere.
    await page
      .getByRole('navigation', { name: /Recovery steps|Herstelstappen/ })
      .getByRole('button', { name: /Communicate|Communiceren/ })
      .click();
    const composer = page.getByTestId('composer');
    for (const shot of SHOTS) {
      await composer.getByRole('button', { name: shot.audience[language] }).click();
      await composer.getByRole('combobox').first().selectOption(shot.channel);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const width of [1200, 420]) {
          await page.setViewportSize({ width, height: 900 });
          await composer.screenshot({
            path: `test-results/composer-${shot.name}-${language}-${colorScheme}-${width}.png`,
          });
        }
        await expectNoSeriousAxeViolations(page);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await page.getByRole('button', { name: /Back to the overview|Terug naar het overzicht/ }).click();
  }
  await page.getByRole('button', { name: 'English' }).click();
});
