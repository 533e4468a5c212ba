import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { startHttpFixture, type HttpFixture } from '../fixtures/http-fixture';
import {
  startIncompleteChainFixture,
  type IncompleteChainFixture,
} from '../fixtures/incomplete-chain-fixture';
import {
  FAST_CHECKS,
  loopbackConnectivity,
  openIncidentId,
  startWebMode,
  type WebModeProcess,
} from './web-mode-process';

test.describe.configure({ mode: 'serial' });

let site: HttpFixture;
let reference: HttpFixture;
let chains: IncompleteChainFixture;
let web: WebModeProcess;
let dir: string;

/** Each new cause on a monitor of its own, with the words the window must show for it. */
const MONITORS = [
  {
    name: 'Webshop',
    path: '/page/cloudflare-challenge-403',
    en: "Your website's protection stops Back Online's checks",
    nl: 'De beveiliging van uw website houdt de controles van Back Online tegen',
  },
  {
    name: 'Bestellingen',
    path: '/page/rate-limited',
    en: 'Your website asks Back Online to check less often',
    nl: 'Uw website vraagt Back Online minder vaak te controleren',
  },
  {
    name: 'Betaalpagina',
    path: null,
    en: "Your website's security certificate is missing a piece",
    nl: 'Aan het beveiligingscertificaat van uw website ontbreekt een stuk',
  },
  {
    name: 'Blog',
    path: '/page/wordpress-maintenance',
    en: 'Your website is stuck in WordPress maintenance mode',
    nl: 'Uw website zit vast in de onderhoudsmodus van WordPress',
  },
] as const;

test.beforeAll(async () => {
  [site, reference, chains] = await Promise.all([
    startHttpFixture(),
    startHttpFixture(),
    startIncompleteChainFixture(),
  ]);
  dir = await mkdtemp(join(tmpdir(), 'back-online-e2e-chain-'));
  const rootFile = join(dir, 'root.pem');
  await writeFile(rootFile, chains.rootPem);
  // The web process trusts the fixture's root the way a machine trusts a public one; the intermediate stays missing.
  process.env.NODE_EXTRA_CA_CERTS = rootFile;
  try {
    web = await startWebMode({
      language: 'en',
      connectivity: loopbackConnectivity(reference.port),
      checks: FAST_CHECKS,
      monitors: MONITORS.map((monitor) => ({
        name: monitor.name,
        target: monitor.path ? site.url(monitor.path) : chains.url('der'),
      })),
    });
  } finally {
    delete process.env.NODE_EXTRA_CA_CERTS;
  }
});

test.afterAll(async () => {
  await web?.stop();
  await Promise.all([site?.close(), reference?.close(), chains?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function expectEveryDiagnosis(page: Page, language: 'en' | 'nl'): Promise<void> {
  for (const monitor of MONITORS) {
    const item = page.locator('li.monitor', { hasText: monitor.name });
    await expect(item.locator('.monitor__diagnosis-title')).toHaveText(monitor[language], {
      timeout: 45_000,
    });
  }
}

async function expectNoSeriousAxeViolation(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

test('the overview tells each new cause in plain words, in English and in Dutch', async ({ page }) => {
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(web.url);
  await expectEveryDiagnosis(page, 'en');
  await expect(page.locator('li.monitor', { hasText: 'Webshop' })).toContainText(
    'security check from Cloudflare',
  );
  await expect(page.locator('li.monitor', { hasText: 'Bestellingen' })).toContainText(
    'asked to wait 2 minutes',
  );
  await page.screenshot({ path: 'test-results/false-alarms-overview-en.png', fullPage: true });
  await expectNoSeriousAxeViolation(page);

  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expectEveryDiagnosis(page, 'nl');
  await page.screenshot({ path: 'test-results/false-alarms-overview-nl.png', fullPage: true });

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 420, height: 900 });
  await page.screenshot({ path: 'test-results/false-alarms-overview-nl-dark-420.png', fullPage: true });
  await expectNoSeriousAxeViolation(page);
  await page.getByRole('button', { name: 'English' }).click();
});

test('the guide names a stuck WordPress update, and its Fix step the .maintenance file', async ({ page }) => {
  const id = await openIncidentId(web, 45_000);
  await page.setViewportSize({ width: 1200, height: 900 });
  await page.goto(`${web.url}#/incident/${encodeURIComponent(id)}`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Your website is stuck in WordPress maintenance mode', {
    timeout: 30_000,
  });
  await page.screenshot({ path: 'test-results/false-alarms-incident-en.png', fullPage: true });
  await expectNoSeriousAxeViolation(page);

  await page.goto(`${web.url}#/incident/${encodeURIComponent(id)}/fix`);
  await expect(page.getByText(/delete the file named "\.maintenance"/)).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: 'test-results/false-alarms-incident-fix-en.png', fullPage: true });

  await page.getByRole('button', { name: /Back to the overview/ }).click();
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await page.goto(`${web.url}#/incident/${encodeURIComponent(id)}`);
  await expect(heading).toHaveText('Uw website zit vast in de onderhoudsmodus van WordPress', {
    timeout: 30_000,
  });
  await page.screenshot({ path: 'test-results/false-alarms-incident-nl.png', fullPage: true });
  await page.goto(`${web.url}#/incident/${encodeURIComponent(id)}/fix`);
  await expect(page.getByText(/het bestand "\.maintenance" in de hoofdmap/)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: /Terug naar het overzicht/ }).click();
  await page.getByRole('button', { name: 'English' }).click();
});
