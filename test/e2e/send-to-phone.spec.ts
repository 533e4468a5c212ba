import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { messageTime } from '../../src/shared/messages/message-facts';
import { decodeQrPng } from '../support/qr-decode';
import { expectNoSeriousAxeViolations, liveIncidentForSuite } from './live-incident';

test.describe.configure({ mode: 'serial' });

const live = liveIncidentForSuite();

async function openComposer(page: Page, audience: string): Promise<Locator> {
  await page.goto(live().web.url);
  await page.getByRole('button', { name: 'Open the recovery guide' }).click({ timeout: 45_000 });
  await page.getByRole('button', { name: /^Communicate/ }).click();
  const composer = page.getByTestId('composer');
  await composer.getByRole('button', { name: audience }).click();
  return composer;
}

/** Screenshots the code as it is on screen and reads it as a phone would. */
async function scan(code: Locator, shot: string): Promise<string> {
  const png = await code.screenshot({ path: `test-results/${shot}.png` });
  const decoded = decodeQrPng(png);
  if (decoded === null) throw new Error(`no QR code read from test-results/${shot}.png`);
  return decoded;
}

/** The text a share link carries in its `text` parameter; a plain-text code carries itself. */
const sharedText = (payload: string) => new URL(payload).searchParams.get('text') ?? '';
const plainText = (payload: string) => payload;

/**
 * Opens "Send to phone" for the channel and scans the code in light and dark (it must stay dark on light):
 * each time the code carries the message as the composer shows it then (the text says "next update
 * around …", so it may move on a minute between two reads). Takes the screenshots and runs axe in both.
 */
async function sendToPhone(
  page: Page,
  composer: Locator,
  channel: string,
  codeName: string,
  carried: (payload: string) => string,
) {
  await composer.getByLabel('Where does it go?').selectOption(channel);
  await composer.getByRole('button', { name: 'Send to phone' }).click();
  const code = composer.getByRole('img', { name: codeName });
  await expect(code).toBeVisible();
  const box = await code.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(240);
  const messageText = () => composer.getByTestId('message-text').inputValue();
  const scans: { payload: string; text: string }[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const before = await messageText();
    const payload = await scan(code, `send-to-phone-${channel}-code-${colorScheme}`);
    const after = await messageText();
    expect([before, after]).toContain(carried(payload));
    scans.push({ payload, text: carried(payload) });
    for (const width of [1200, 420]) {
      await page.setViewportSize({ width, height: 900 });
      await composer.screenshot({
        path: `test-results/send-to-phone-${channel}-${colorScheme}-${width}.png`,
      });
    }
    await page.setViewportSize({ width: 1200, height: 900 });
    await expectNoSeriousAxeViolations(page, '[data-testid="composer"]');
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return scans[0] ?? { payload: '', text: '' };
}

test('the X post and the WhatsApp message: the scanned code opens the app with the post filled in', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  const composer = await openComposer(page, 'Social media');
  const startTime = messageTime(await live().openedAt(), Date.now(), 'en');

  const x = await sendToPhone(page, composer, 'x', 'QR code: X post for Bakkerij De Zon', sharedText);
  expect(x.payload.startsWith('https://x.com/intent/tweet?text=')).toBe(true);
  expect(x.text).toContain('Bakkerij De Zon');
  expect(x.text).toContain(`Since ${startTime}`);
  await expect(composer.getByText(/X opens with the message filled in/)).toBeVisible();

  const whatsapp = await sendToPhone(
    page,
    composer,
    'whatsapp_status',
    'QR code: WhatsApp status for Bakkerij De Zon',
    sharedText,
  );
  expect(whatsapp.payload.startsWith('https://wa.me/?text=')).toBe(true);
  // A status goes out from the business's own account, so it names the site rather than the business.
  expect(whatsapp.text).toContain('bakkerijdezon.nl');
  expect(whatsapp.text).toContain(`Since ${startTime}`);
});

test('the Instagram caption: the code holds the plain text, and "posted from my phone" reaches the timeline', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  const composer = await openComposer(page, 'Social media');
  const instagram = await sendToPhone(
    page,
    composer,
    'instagram_caption',
    'QR code: Instagram caption for Bakkerij De Zon',
    plainText,
  );
  expect(instagram.payload).toContain('bakkerijdezon.nl');
  expect(instagram.payload).toContain(`Since ${messageTime(await live().openedAt(), Date.now(), 'en')}`);
  await expect(composer.getByText(/copy the text it shows.*open Instagram on your phone/)).toBeVisible();

  await composer.getByRole('button', { name: 'I posted it from my phone' }).click();
  await expect(
    composer.getByText('Noted: sent from your phone. You can see it in the timeline.'),
  ).toBeVisible();
  await expect(page.getByText('Sent to the phone as a QR code: Instagram caption')).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText(/^Message sent from the phone \(Instagram post\): Since /)).toBeVisible({
    timeout: 15_000,
  });
});

test('in Dutch the code is named in Dutch and still opens X with the post', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(live().web.url);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.getByRole('button', { name: 'Open het herstelplan' }).click({ timeout: 45_000 });
  await page.getByRole('button', { name: /^Communiceren/ }).click();
  const composer = page.getByTestId('composer');
  await composer.getByRole('button', { name: 'Sociale media' }).click();
  await composer.getByLabel('Waar gaat het heen?').selectOption('x');
  await composer.getByRole('button', { name: 'Naar telefoon sturen' }).click();
  const code = composer.getByRole('img', { name: 'QR-code: X-bericht voor Bakkerij De Zon' });
  const before = await composer.getByTestId('message-text').inputValue();
  const post = sharedText(await scan(code, 'send-to-phone-x-code-nl'));
  expect([before, await composer.getByTestId('message-text').inputValue()]).toContain(post);
  await composer.screenshot({ path: 'test-results/send-to-phone-x-nl-light-1200.png' });
  expect(post).toContain('Bakkerij De Zon');
  expect(post).toContain(messageTime(await live().openedAt(), Date.now(), 'nl'));
  await page.getByRole('button', { name: 'English' }).click();
});
