import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export const WIDTHS = [1200, 420] as const;
export const SCHEMES = ['light', 'dark'] as const;

/**
 * Looks at one screen the way the issue asks: a full-page screenshot per width and colour scheme under
 * test-results/, and axe-core in both schemes with no serious or critical violation.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `test-results/${name}-${scheme}-${width}.png`, fullPage: true });
    }
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
    expect(serious, `${name} in ${scheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  if (original) await page.setViewportSize(original);
}
