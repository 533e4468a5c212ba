import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from './testing/fake-electron';
import { appState } from './testing/fake-service';

vi.mock('electron', async () => (await import('./testing/fake-electron')).module);

const { createMainWindow, urlForRoute } = await import('./window');

const options = {
  entryUrl: 'app://bundle/index.html',
  preloadPath: '/app/out/preload/index.cjs',
  iconPath: '/app/assets/icon.png',
  devTools: false,
};

const created = fake.windows;

beforeEach(() => {
  fake.reset();
});

describe('the main window', () => {
  it('is created on first use with the hardened web preferences and shown once ready', () => {
    const window = createMainWindow(options);
    expect(created).toHaveLength(0);
    expect(window.webContents()).toBeNull();
    window.show();
    const [browser] = created;
    expect(browser?.options).toMatchObject({ show: false, icon: '/app/assets/icon.png' });
    // Electron's security checklist to the letter.
    expect(browser?.options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(browser?.loaded).toEqual(['app://bundle/index.html#/']);
    expect(browser?.visible).toBe(false);
    browser?.emit('ready-to-show');
    expect(browser?.visible).toBe(true);
    expect(window.webContents()).toBe(browser?.webContents);
  });

  it('opens at a page by setting the URL hash, without creating a second window', () => {
    const window = createMainWindow(options);
    window.show({ page: 'incident', incidentId: 'inc 7' });
    window.show({ page: 'settings' });
    window.show({ page: 'incident', incidentId: 'inc 7', step: 'verify' });
    window.show({ page: 'history' });
    window.show();
    expect(created).toHaveLength(1);
    expect(created[0]?.loaded).toEqual([
      'app://bundle/index.html#/incident/inc%207',
      'app://bundle/index.html#/settings',
      'app://bundle/index.html#/incident/inc%207/verify',
      'app://bundle/index.html#/history',
    ]);
    expect(urlForRoute('http://localhost:5173/', { page: 'home' })).toBe('http://localhost:5173/#/');
  });

  it('really closes, giving its renderer back, and opens anew where the owner left off', () => {
    const window = createMainWindow(options);
    window.show({ page: 'incident', incidentId: 'inc-7' });
    const first = created[0]!;
    first.emit('ready-to-show');
    first.navigateInPage('#/incident/inc-7/fix');
    first.close();
    expect(first.isDestroyed()).toBe(true);
    expect(window.webContents()).toBeNull();

    window.show();
    expect(created).toHaveLength(2);
    const second = created[1]!;
    expect(second.loaded).toEqual(['app://bundle/index.html#/incident/inc-7/fix']);
    expect(window.webContents()).toBe(second.webContents);
  });

  it('opens anew at the page it was asked for, not the one it was closed at', () => {
    const window = createMainWindow(options);
    window.show({ page: 'settings' });
    created[0]!.close();
    window.show({ page: 'history' });
    expect(created[1]?.loaded).toEqual(['app://bundle/index.html#/history']);
  });

  it('opens anew at home when it was closed before its page had loaded', () => {
    const window = createMainWindow(options);
    window.show({ page: 'settings' });
    created[0]!.url = '';
    created[0]!.close();
    window.show();
    expect(created[1]?.loaded).toEqual(['app://bundle/index.html#/']);
  });

  it('pushes each state to the page while the window exists', () => {
    const window = createMainWindow(options);
    const state = appState({ overall: 'down' });
    window.sendState(state);
    window.show();
    window.sendState(state);
    expect(created[0]?.webContents.send.mock.calls).toEqual([['state', state]]);
  });
});
