import { defineConfig } from '@playwright/test';
import { chromiumLaunchArgs, findChromium } from './test/support/chromium-executable';

const chromium = await findChromium();

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: chromium.executablePath,
      args: chromiumLaunchArgs(chromium),
    },
  },
});
