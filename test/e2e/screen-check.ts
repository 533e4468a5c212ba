import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { COLOR_SCHEMES, screenshotVariants, seriousAxeViolations } from '../support/screen-check';

/**
 * Looks at one screen the way the issue asks: a full-page screenshot per width and colour scheme (see
 * screenshotVariants), and axe-core in both schemes with no serious or critical violation.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  await screenshotVariants(page, name);
  for (const colorScheme of COLOR_SCHEMES) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousAxeViolations(page), `${name} in ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (original) await page.setViewportSize(original);
}
