import { expect, test } from '@playwright/test';
import { liveIncidentForSuite } from './live-incident';
import { openIncidentId } from './web-mode-process';

test.describe.configure({ mode: 'serial' });

const live = liveIncidentForSuite();

test('a link to #/incident/<id> opens that incident, and back returns to the overview', async ({ page }) => {
  const { web } = live();
  const id = await openIncidentId(web);
  await page.goto(`${web.url}#/incident/${encodeURIComponent(id)}`);
  await expect(page.getByRole('button', { name: /Back to the overview/ })).toBeVisible({ timeout: 30_000 });
  // The token leaves the address; the incident stays in it.
  expect(page.url()).toContain(`/#/incident/${encodeURIComponent(id)}`);
  expect(page.url()).not.toContain('token=');

  await page.getByRole('button', { name: /Back to the overview/ }).click();
  await expect(page.getByTestId('status-banner')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('button', { name: /Back to the overview/ })).toBeVisible();
  await page.goForward();
  await expect(page.getByTestId('status-banner')).toBeVisible();
});
