import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { OverallStatus } from '../../src/shared/app-state';
import { STATE_BADGES } from '../../src/shared/state-badge';
import { liveIncidentForSuite } from './live-incident';

test.describe.configure({ mode: 'serial' });

const live = liveIncidentForSuite({ shopDown: false });

/** The badge the favicon draws, read back from its SVG; the browser must also load it under the page's CSP. */
async function faviconBadge(page: Page): Promise<OverallStatus | null> {
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  if (!href?.startsWith('data:image/svg+xml,')) return null;
  // As a string: the node project's types have no DOM, and this runs in the page.
  const loaded = await page.evaluate(`(() => {
    const image = new Image();
    image.src = ${JSON.stringify(href)};
    return image.decode().then(() => image.naturalWidth, () => 0);
  })()`);
  expect(loaded, 'the favicon loads as an image').toBe(32);
  const fill = /fill="(#[0-9a-f]{6})"/.exec(decodeURIComponent(href))?.[1];
  const states = Object.keys(STATE_BADGES) as OverallStatus[];
  return states.find((state) => STATE_BADGES[state].fill === fill) ?? null;
}

test('a background tab shows in its title and favicon when the web shop goes down and comes back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { web, shop } = live();
  await page.goto(web.url);
  await expect(page).toHaveTitle('Back Online — all fine', { timeout: 30_000 });
  expect(await faviconBadge(page)).toBe('ok');

  await shop.setMode('server_error');
  await expect(page).toHaveTitle('● Webshop is down — Back Online', { timeout: 45_000 });
  expect(await faviconBadge(page)).toBe('down');

  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page).toHaveTitle('● Webshop werkt niet — Back Online');

  await shop.setMode('up');
  await expect(page).toHaveTitle('Back Online — alles in orde', { timeout: 45_000 });
  expect(await faviconBadge(page)).toBe('ok');
});
