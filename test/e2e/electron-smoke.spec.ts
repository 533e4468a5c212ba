import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElectronApplication } from '@playwright/test';
import { _electron as electron, expect, test } from '@playwright/test';
import { OVERALL_STATUSES } from '../../src/shared/app-state';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * The installed Electron binary, found the way the `electron` package finds it but without requiring the
 * package: in Electron 45 `require('electron')` tries to download a missing binary.
 */
function electronBinary(): string | null {
  const packageDir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const built =
  existsSync(join(ROOT, 'out', 'main', 'index.js')) &&
  existsSync(join(ROOT, 'out', 'renderer', 'index.html'));

test.skip(
  binary === null,
  'no Electron binary installed (ELECTRON_SKIP_BINARY_DOWNLOAD was set); the main process is covered by the unit tests with electron mocked',
);
test.skip(!built, 'the app is not built; run `npm run build` first');

let home: string;
let app: ElectronApplication;

test.beforeEach(async () => {
  // A fresh home so the app's data folder (userData under XDG_CONFIG_HOME) starts empty and is thrown away.
  home = mkdtempSync(join(tmpdir(), 'back-online-electron-'));
  app = await electron.launch({
    executablePath: binary!,
    args: [ROOT],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), ELECTRON_RENDERER_URL: '' },
    timeout: 60_000,
  });
});

test.afterEach(async () => {
  await app?.close();
  rmSync(home, { recursive: true, force: true });
});

test('starts, opens the window from the bundle and reports a tray state through the bridge', async () => {
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  expect(window.url()).toMatch(/^app:\/\/bundle\/index\.html#\//);

  const state = await window.evaluate(async () => {
    const bridge = (
      globalThis as unknown as { backOnline: { 'state.get'(request: object): Promise<unknown> } }
    ).backOnline;
    return bridge['state.get']({});
  });
  expect(state).toMatchObject({ ok: true, value: { tray: { icon: expect.any(String) } } });
  const icon = (state as { value: { tray: { icon: string } } }).value.tray.icon;
  expect(OVERALL_STATUSES).toContain(icon);
});

test('gives the page no Node, no Electron internals and no way off the app origin', async () => {
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  const exposed = await window.evaluate(() => {
    const page = globalThis as unknown as Record<string, unknown>;
    const bridge = page.backOnline as Record<string, unknown>;
    return {
      require: typeof page.require,
      process: typeof page.process,
      bridgeKeys: Object.keys(bridge).length,
      stateGet: typeof bridge['state.get'],
    };
  });
  expect(exposed).toMatchObject({ require: 'undefined', process: 'undefined', stateGet: 'function' });
  expect(exposed.bridgeKeys).toBeGreaterThan(0);

  // main's own listener, added after the app's, sees whether the app turned the navigation down
  await app.evaluate(({ BrowserWindow }) => {
    const [main] = BrowserWindow.getAllWindows();
    (globalThis as unknown as { navigationSeen: Promise<unknown> }).navigationSeen = new Promise((resolve) =>
      main?.webContents.once('will-navigate', (event) =>
        resolve({ url: event.url, prevented: event.defaultPrevented }),
      ),
    );
  });
  await window.evaluate(() => {
    (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
  });
  const navigation = await app.evaluate(
    () => (globalThis as unknown as { navigationSeen: Promise<unknown> }).navigationSeen,
  );
  expect(navigation).toEqual({ url: 'https://example.com/', prevented: true });
  expect(window.url()).toMatch(/^app:\/\/bundle\//);
});

test('closes the window for real, keeps running in the tray, and reopens it at the same page', async () => {
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  await window.evaluate(() => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = '#/settings';
  });
  await expect(window).toHaveURL(/#\/settings$/);
  const afterClose = await app.evaluate(async ({ BrowserWindow }) => {
    const [main] = BrowserWindow.getAllWindows();
    const closed = new Promise<void>((resolve) => main?.once('closed', () => resolve()));
    main?.close();
    await closed;
    return { windows: BrowserWindow.getAllWindows().length };
  });
  expect(afterClose).toEqual({ windows: 0 });

  const reopened = app.waitForEvent('window');
  // what the tray's "Open" and a second start do: the shell listens for 'activate' on every platform
  await app.evaluate(({ app: electronApp }) => electronApp.emit('activate'));
  const again = await reopened;
  await again.waitForLoadState('domcontentloaded');
  expect(again.url()).toMatch(/^app:\/\/bundle\/index\.html#\/settings$/);
});
