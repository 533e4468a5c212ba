import type { WebContents } from 'electron';
import { BrowserWindow } from 'electron';
import type { AppState } from '../shared/app-state';
import { IPC_CHANNELS } from '../shared/ipc-channels';
import type { UpdateStatus } from '../shared/update-status';
import type { WindowRoute } from '../shared/window-route';
import { routeFromHash, routeToHash } from '../shared/window-route';

export interface MainWindowOptions {
  entryUrl: string;
  preloadPath: string;
  iconPath: string;
  devTools: boolean;
}

/**
 * The one app window. Closing it really closes it: its renderer process (tens of MiB) is given back while
 * the app waits in the tray all day, and opening it again builds a new one at the page the owner left.
 */
export interface MainWindow {
  /** Shows and focuses the window; with a route, it also goes to that page (see window-route.ts). */
  show(route?: WindowRoute): void;
  sendState(state: AppState): void;
  /** Tells the page the desktop's update moved on, so its banner can offer "Restart to update". */
  sendUpdate(status: UpdateStatus): void;
  /** The window's web contents, or null while there is no window; IPC trusts only these. */
  webContents(): WebContents | null;
}

export function urlForRoute(entryUrl: string, route: WindowRoute): string {
  const url = new URL(entryUrl);
  url.hash = routeToHash(route);
  return url.href;
}

export function createMainWindow(options: MainWindowOptions): MainWindow {
  let window: BrowserWindow | null = null;
  /** Where the owner was when they closed the window; a reopen without a route goes back there. */
  let lastRoute: WindowRoute = { page: 'home' };

  const load = (target: BrowserWindow, route: WindowRoute) => {
    // Only the hash differs after the first load, so Chromium navigates within the page without reloading.
    target.loadURL(urlForRoute(options.entryUrl, route)).catch((error: unknown) => {
      console.error('the window could not load its page', error);
    });
  };

  const create = (route: WindowRoute): BrowserWindow => {
    const created = new BrowserWindow({
      width: 1040,
      height: 760,
      minWidth: 640,
      minHeight: 480,
      show: false,
      title: 'Back Online',
      icon: options.iconPath,
      autoHideMenuBar: true,
      backgroundColor: '#ffffff',
      // Electron's security checklist, item by item, written out here so Electronegativity can verify it.
      webPreferences: {
        preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK: it exposes the API contract's functions only
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
        // A middle click would otherwise try to open a new window; setWindowOpenHandler denies it anyway.
        disableBlinkFeatures: 'Auxclick',
        devTools: options.devTools,
      },
    });
    created.once('ready-to-show', () => created.show());
    created.on('close', () => {
      lastRoute = routeFromHash(new URL(created.webContents.getURL() || options.entryUrl).hash);
    });
    created.on('closed', () => {
      if (window === created) window = null;
    });
    load(created, route);
    return created;
  };

  return {
    show(route) {
      if (window === null || window.isDestroyed()) {
        window = create(route ?? lastRoute);
        return;
      }
      if (route) load(window, route);
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
    sendState(state) {
      if (window !== null && !window.isDestroyed()) window.webContents.send(IPC_CHANNELS.state, state);
    },
    sendUpdate(status) {
      if (window !== null && !window.isDestroyed()) window.webContents.send(IPC_CHANNELS.update, status);
    },
    webContents() {
      return window !== null && !window.isDestroyed() ? window.webContents : null;
    },
  };
}
