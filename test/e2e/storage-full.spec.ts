import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { interpolate, pickCatalog } from '../../src/shared/i18n/interpolate';
import { settingsScreenTexts } from '../../src/shared/i18n/settings-screen';
import { storageProblemCatalogs } from '../../src/shared/i18n/storage-problems';
import { uiTexts } from '../../src/shared/i18n/ui';
import type { Language } from '../../src/shared/locale';
import { screenshotVariants, seriousAxeViolations } from '../support/screen-check';
import { mountTmpfs } from '../support/tmpfs';
import type { WebModeProcess } from './web-mode-process';
import { startWebMode } from './web-mode-process';

test.describe.configure({ mode: 'serial' });

for (const language of ['en', 'nl'] as const satisfies Language[]) {
  test(`a full disk named with what to do, in the form and over the screen (${language})`, async ({
    page,
  }) => {
    const disk = mountTmpfs({ sizeKiB: 2048 });
    test.skip(disk === null, 'only root on Linux may mount a small tmpfs to fill');
    let web: WebModeProcess | null = null;
    try {
      web = await startWebMode({ language, onboarded: true }, [], disk!.path);
      const locale = { language, formality: 'formal' } as const;
      const settings = pickCatalog(settingsScreenTexts, locale);
      const diskFull = (file: string) =>
        interpolate(pickCatalog(storageProblemCatalogs, locale).disk_full, { path: join(disk!.path, file) });

      await page.goto(`${web.url}#/settings`);
      await page.getByRole('button', { name: settings.monitors.add }).click();
      disk!.fill();
      const form = page.locator('form.monitor-form');
      // Long enough that SQLite needs a new page for it, which the full disk cannot give.
      await form
        .getByLabel(settings.monitors.fields.name.label, { exact: true })
        .fill('Printer '.repeat(10).trim());
      await form
        .getByLabel(settings.monitors.fields.target.label)
        .fill(`http://127.0.0.1:9/${'p'.repeat(1500)}`);
      await form.getByRole('button', { name: settings.monitors.save }).click();
      await expect(form.getByRole('alert')).toHaveText(diskFull('back-online.db'));
      expect(await seriousAxeViolations(page)).toEqual([]);
      await screenshotVariants(page, `storage-full-form-${language}`);

      // Another language is a settings change: the notice over the screen names settings.json.
      const other = language === 'en' ? 'nl' : 'en';
      await page.getByRole('button', { name: pickCatalog(uiTexts, locale).language[other] }).click();
      await expect(page.locator('.notices').getByRole('alert')).toContainText(diskFull('settings.json'));
      await screenshotVariants(page, `storage-full-notice-${language}`);
    } finally {
      await web?.stop();
      disk?.unmount();
    }
  });
}
