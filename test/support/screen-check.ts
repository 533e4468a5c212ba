import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const SCREEN_WIDTHS = [1200, 420] as const;
export const COLOR_SCHEMES = ['light', 'dark'] as const;

/**
 * Screenshots of the page as it is now, wide and narrow, light and dark, under test-results/screens/
 * (`<name>-<width>-<scheme>.png`), so a person can look at every variant; leaves the page at 1200 px light.
 */
export async function screenshotVariants(page: Page, name: string): Promise<void> {
  for (const width of SCREEN_WIDTHS) {
    for (const colorScheme of COLOR_SCHEMES) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.screenshot({
        path: `test-results/screens/${name}-${width}-${colorScheme}.png`,
        fullPage: true,
      });
    }
  }
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The serious and critical accessibility violations axe-core finds on the page, by rule and element. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}
