import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { decodeQrPng } from '../support/qr-decode';
import { liveIncidentForSuite } from './live-incident';
import { checkScreen } from './screen-check';

test.describe.configure({ mode: 'serial' });

const live = liveIncidentForSuite({
  shopDown: false,
  contacts: [
    {
      id: 'c1',
      role: 'hosting',
      name: 'HostCo',
      phone: '+31 10 123 4567',
      email: 'support@hostco.example',
      url: 'https://panel.hostco.example/',
    },
    // The fixture listens on 127.0.0.1: a machine on the owner's own network, so the IT partner's.
    { id: 'c2', role: 'it_partner', name: 'Pieter (IT)', phone: '06 1234 5678' },
  ],
});

const stepHeading = (page: Page) => page.locator('[data-route-heading]');

/** Every step is looked at in English and in Dutch; the walk itself goes on in English. */
async function lookAt(page: Page, step: string) {
  await checkScreen(page, `guide-${step}-en`);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await checkScreen(page, `guide-${step}-nl`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

const clipboard = async (page: Page) => String(await page.evaluate('navigator.clipboard.readText()'));

/** The events of the timeline on screen, as their texts read. */
async function timelineOnScreen(page: Page): Promise<string[]> {
  const region = page.getByRole('region', { name: 'What happened so far' });
  return (await region.locator('.timeline__text').allTextContents()).map((text) => text.trim());
}

test('the owner walks all five steps, from a red overview to a saved review', async ({ page }) => {
  test.setTimeout(600_000);
  const { web, shop } = live();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.origin });
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(web.url);
  const banner = page.getByTestId('status-banner');
  await expect(banner.getByRole('heading', { level: 1 })).toHaveText('Your check is fine', {
    timeout: 30_000,
  });

  await shop.setMode('server_error');
  await page.getByRole('button', { name: 'Check all now' }).click();
  await expect(banner.getByRole('heading', { level: 1 })).toHaveText('Webshop is down', { timeout: 30_000 });
  await checkScreen(page, 'guide-overview-down');

  // Step 1: Identify.
  await page.getByRole('button', { name: 'Open the recovery guide' }).click();
  await expect(stepHeading(page)).toContainText('What is wrong');
  await expect(stepHeading(page)).toBeFocused();
  expect(page.url()).toMatch(/#\/incident\/[^/]+\/identify$/);
  await expect(page.getByTestId('identify-summary')).toContainText('Webshop (127.0.0.1)');
  await expect(page.getByTestId('identify-summary')).toContainText('Your own internet works');
  await page
    .getByLabel('What did the team say? (saved in the timeline)')
    .fill('Jan updated the shop theme at 9:00');
  await page.getByRole('button', { name: 'Save the note' }).click();
  await expect(page.getByRole('region', { name: 'What happened so far' })).toContainText(
    'Jan updated the shop theme at 9:00',
  );
  await lookAt(page, 'identify');

  // Step 2: Communicate.
  await page.getByRole('button', { name: 'Next: Communicate' }).click();
  await expect(stepHeading(page)).toContainText('Tell your team and your customers');
  await expect(stepHeading(page)).toBeFocused();
  const composer = page.getByTestId('composer');
  await composer.getByRole('button', { name: 'Customers', exact: true }).click();
  await composer
    .getByRole('button', { name: /^Copy / })
    .first()
    .click();
  await expect(composer.getByTestId('message-notice')).toContainText('Copied');
  await lookAt(page, 'communicate');

  // Step 3: Fix.
  await page.getByRole('button', { name: 'Next: Fix' }).click();
  await expect(stepHeading(page)).toContainText('Fix it, step by step');
  const firstFix = page.locator('.fix-list__step').first();
  await firstFix.getByRole('button', { name: 'I did this' }).click();
  await expect(firstFix).toContainText('You did this at');
  await expect(page.getByTestId('contact')).toContainText('Pieter (IT)');
  const request = page.getByTestId('support-request');
  const requestBody = request.getByLabel('The e-mail');
  await expect(requestBody).toHaveValue(/^Hello Pieter \(IT\),\n/);
  await expect(requestBody).toHaveValue(/- HTTP status code: 500/);
  // The request says how long ago it began ("24 seconds ago"), so the text may move on between two reads.
  const shownBefore = await requestBody.inputValue();
  await request.getByRole('button', { name: 'Copy the support request' }).click();
  await expect(request.getByRole('status')).toHaveText('Copied. Paste it into an e-mail or a support form.');
  const copied = await clipboard(page);
  expect([shownBefore, await requestBody.inputValue()]).toContain(copied);
  await expect(page.getByRole('region', { name: 'What happened so far' })).toContainText(
    'Copied the support request for your IT partner or the supplier of the device',
  );
  // Sent to the phone: the code opens the phone's mail app with the subject and the request's first lines.
  await request.getByRole('button', { name: 'Send to phone' }).click();
  const code = request.getByRole('img', { name: 'QR code: support request for Bakkerij De Zon' });
  const png = await code.screenshot({ path: 'test-results/guide-fix-support-request-code.png' });
  const mail = new URL(decodeQrPng(png) ?? 'about:blank');
  expect(mail.protocol).toBe('mailto:');
  expect(mail.searchParams.get('subject')).toBe(await request.getByLabel('Subject').inputValue());
  expect(mail.searchParams.get('body')).toMatch(/^Hello Pieter \(IT\),\r\n/);
  await lookAt(page, 'fix');

  // The site comes back.
  await shop.setMode('up');

  // Step 4: Verify.
  await page.getByRole('button', { name: 'Next: Verify' }).click();
  await expect(stepHeading(page)).toContainText('Check that everything works again');
  await page.getByRole('button', { name: 'Check everything now' }).click();
  await expect(page.getByTestId('verify-results')).toContainText('Webshop: Works', { timeout: 30_000 });
  // The app keeps the checklist: the box shows ticked once the app has it.
  await page.getByRole('checkbox', { name: 'Tried it myself' }).click();
  await expect(page.getByRole('checkbox', { name: 'Tried it myself' })).toBeChecked();
  await lookAt(page, 'verify');
  await page.getByRole('button', { name: 'Mark as resolved' }).click();
  await expect(page.getByTestId('guide-headline')).toContainText('This problem is solved', {
    timeout: 15_000,
  });

  // Step 5: Learn.
  await page.getByRole('button', { name: 'Next: Learn' }).click();
  await expect(stepHeading(page)).toContainText('Write down what you learned');
  await page.getByLabel('What caused it?').fill('The new theme broke the checkout page.');
  await page.getByLabel('What went well?').fill('Back Online told us within a minute.');
  await page.getByLabel('What would you do better next time?').fill('Test theme updates on a copy first.');
  await page.getByLabel('New to-do').fill('Ask HostCo for a staging copy');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Save the review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(page.getByTestId('review-summary')).toContainText('First message to customers');
  await lookAt(page, 'learn');

  // The exported review holds the real timeline, copied and saved as a file alike.
  await page.getByRole('button', { name: 'Copy the review as text' }).click();
  await expect(page.getByTestId('review-export-notice')).toHaveText('Copied.');
  const review = await clipboard(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as a file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^review-\d{4}-\d{2}-\d{2}-webshop\.md$/);
  expect(await readFile(await download.path(), 'utf8')).toBe(review);
  const lines = review.split('\n');
  expect(lines[0]).toBe('# Incident review: Webshop');
  expect(lines).toContain('The new theme broke the checkout page.');
  expect(lines).toContain('- [ ] Ask HostCo for a staging copy');
  const reviewTimeline = (markdown: string) => {
    const all = markdown.split('\n');
    return all
      .slice(all.indexOf('## Timeline') + 2)
      .filter((line) => line !== '')
      .map((line) => line.replace(/^- .*? — /, ''));
  };
  // The timeline on screen follows the app's pushes: wait until it has caught up with the copied review.
  await expect.poll(() => timelineOnScreen(page), { timeout: 15_000 }).toEqual(reviewTimeline(review));
  const events = await timelineOnScreen(page);
  expect(events.length).toBeGreaterThanOrEqual(8);
  expect(events).toEqual(
    expect.arrayContaining([
      'Note: Jan updated the shop theme at 9:00',
      'Message copied: customer e-mail',
      'Tried: Copied the support request for your IT partner or the supplier of the device',
      'Webshop works again',
    ]),
  );

  // Back leaves the steps the way they came.
  await page.goBack();
  await expect(stepHeading(page)).toContainText('Check that everything works again');
});
