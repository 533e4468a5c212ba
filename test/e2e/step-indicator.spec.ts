import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { liveIncidentForSuite } from './live-incident';
import { checkScreen } from './screen-check';
import { openIncidentId } from './web-mode-process';

test.describe.configure({ mode: 'serial' });

const live = liveIncidentForSuite();

const indicator = (page: Page) => page.getByRole('navigation', { name: /Recovery steps|Herstelstappen/ });

test('a link straight to Fix ticks nothing before it; Identify is ticked once its checklist is done', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { web } = live();
  const id = encodeURIComponent(await openIncidentId(web));
  await page.goto(`${web.url}#/incident/${id}/fix`);
  const steps = indicator(page);
  await expect(steps.getByRole('button', { name: 'Identify (not done yet)' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(steps.getByRole('button', { name: 'Communicate (not done yet)' })).toBeVisible();
  await expect(steps.getByText('✓')).toHaveCount(0);
  await checkScreen(page, 'step-indicator-jumped-en');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(steps.getByRole('button', { name: 'Vaststellen (nog niet gedaan)' })).toBeVisible();
  await checkScreen(page, 'step-indicator-jumped-nl');
  await page.getByRole('button', { name: 'English' }).click();

  await steps.getByRole('button', { name: /Identify/ }).click();
  const markDone = page.getByRole('button', { name: 'Mark as done' });
  await markDone.first().click();
  await expect(markDone).toHaveCount(1);
  await markDone.click();
  await expect(markDone).toHaveCount(0);
  await steps.getByRole('button', { name: /Fix/ }).click();
  await expect(steps.getByRole('button', { name: 'Identify (done)' })).toBeVisible();
  await expect(steps.getByRole('button', { name: 'Communicate (not done yet)' })).toBeVisible();
  await checkScreen(page, 'step-indicator-identified-en');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(steps.getByRole('button', { name: 'Vaststellen (klaar)' })).toBeVisible();
  await checkScreen(page, 'step-indicator-identified-nl');

  // The timeline: what the app saw in today's Dutch, what the owner did as it was written, in English.
  const timeline = page.getByRole('region', { name: 'Wat er tot nu toe is gebeurd' });
  await expect(timeline.getByText(/^Probleem opgemerkt: /)).toBeVisible();
  await expect(
    timeline.getByText('Tried: Looked at what Back Online saw and the hosting panel'),
  ).toBeVisible();
  await expect(timeline.getByText('Tried: Asked the team whether anything changed today')).toBeVisible();
  await timeline.screenshot({ path: 'test-results/timeline-owner-language-nl.png' });
});
