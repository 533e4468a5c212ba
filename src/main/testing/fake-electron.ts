import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { vi } from 'vitest';

/**
 * Just enough of Electron's main-process API for the shell and window tests, recording what they do
 * with it. Each fake keeps its calls so the test can assert on them; reset() starts over.
 */
class FakeApp extends EventEmitter {
  isPackaged = false;
  locale = 'en-US';
  quitCalls = 0;
  userModelId: string | null = null;
  loginItem = { openAtLogin: false, wasOpenedAtLogin: false };
  reset() {
    this.removeAllListeners();
    this.isPackaged = false;
    this.locale = 'en-US';
    this.quitCalls = 0;
    this.userModelId = null;
    this.loginItem = { openAtLogin: false, wasOpenedAtLogin: false };
  }
  getPath = (name: string) => `/tmp/back-online-test/${name}`;
  getLocale = () => this.locale;
  getAppPath = () => '/app';
  setAppUserModelId = (id: string) => {
    this.userModelId = id;
  };
  getLoginItemSettings = () => this.loginItem;
  setLoginItemSettings = (settings: { openAtLogin: boolean }) => {
    this.loginItem.openAtLogin = settings.openAtLogin;
  };
  quit = () => {
    this.quitCalls++;
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('before-quit', event);
  };
  exit = () => undefined;
}

class FakeBrowserWindow extends EventEmitter {
  loaded: string[] = [];
  visible = false;
  minimized = false;
  destroyed = false;
  /** The page's address as Chromium has it: the last load, then the page's own hash changes. */
  url = '';
  webContents = {
    send: vi.fn((_channel: string, _value: unknown) => undefined),
    mainFrame: { url: 'app://bundle/index.html' },
    getURL: () => this.url,
  };
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    fake.windows.push(this);
  }
  /** What the window was sent, as [channel, value] pairs. */
  get sent() {
    return this.webContents.send.mock.calls;
  }
  loadURL(url: string) {
    this.loaded.push(url);
    this.url = url;
    return Promise.resolve();
  }
  /** The page moves itself, as the window's router does on a click. */
  navigateInPage(hash: string) {
    const url = new URL(this.url);
    url.hash = hash;
    this.url = url.href;
  }
  /** As Electron closes a window: 'close' may be prevented; otherwise it is destroyed and 'closed' follows. */
  close() {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.visible = false;
    this.emit('closed');
  }
  show() {
    this.visible = true;
  }
  hide() {
    this.visible = false;
  }
  focus() {}
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

class FakeTray extends EventEmitter {
  image: unknown;
  tooltip = '';
  menu: MenuItemConstructorOptions[] = [];
  destroyed = false;
  constructor(image: unknown) {
    super();
    this.image = image;
    fake.trays.push(this);
  }
  setImage(image: unknown) {
    this.image = image;
  }
  setToolTip(tooltip: string) {
    this.tooltip = tooltip;
  }
  setTitle() {}
  setContextMenu(menu: { template: MenuItemConstructorOptions[] }) {
    this.menu = menu.template;
  }
  destroy() {
    this.destroyed = true;
  }
}

class FakeNotification extends EventEmitter {
  static isSupported = () => true;
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  show() {
    fake.notifications.push(this);
  }
}

export const fake = {
  app: new FakeApp(),
  windows: [] as FakeBrowserWindow[],
  trays: [] as FakeTray[],
  notifications: [] as FakeNotification[],
  dialogs: [] as { type: string; message: string; detail: string }[],
  /** The buttons of each message box, in the order shown. */
  dialogButtons: [] as string[][],
  /** Which button the owner presses in the next message boxes (0, the first, unless a test says). */
  dialogResponse: 0,
  ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
  protocolHandlers: new Map<string, unknown>(),
  powerMonitor: new EventEmitter(),
  sessionHandlers: new Map<string, unknown>(),
  applicationMenu: undefined as unknown,
  reset() {
    fake.app.reset();
    fake.windows.length = 0;
    fake.trays.length = 0;
    fake.notifications.length = 0;
    fake.dialogs.length = 0;
    fake.dialogButtons.length = 0;
    fake.dialogResponse = 0;
    fake.ipcHandlers.clear();
    fake.protocolHandlers.clear();
    fake.powerMonitor.removeAllListeners();
    fake.sessionHandlers.clear();
    fake.applicationMenu = undefined;
  },
};

const remember = (name: string) => (handler: unknown) => fake.sessionHandlers.set(name, handler);

/** The object `vi.mock('electron', …)` returns. */
export const module = {
  app: fake.app,
  BrowserWindow: FakeBrowserWindow,
  Tray: FakeTray,
  Notification: FakeNotification,
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
    setApplicationMenu: (menu: unknown) => {
      fake.applicationMenu = menu;
    },
  },
  nativeImage: {
    createEmpty: () => ({ addRepresentation: () => undefined, setTemplateImage: () => undefined }),
  },
  dialog: {
    showMessageBox: async (options: {
      type: string;
      message: string;
      detail: string;
      buttons?: string[];
    }) => {
      fake.dialogs.push({ type: options.type, message: options.message, detail: options.detail });
      fake.dialogButtons.push(options.buttons ?? []);
      return { response: fake.dialogResponse };
    },
  },
  ipcMain: {
    handle: (channel: string, handler: (...args: unknown[]) => unknown) =>
      fake.ipcHandlers.set(channel, handler),
    removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
  },
  protocol: {
    handle: (scheme: string, handler: unknown) => fake.protocolHandlers.set(scheme, handler),
    registerSchemesAsPrivileged: () => undefined,
  },
  powerMonitor: fake.powerMonitor,
  session: {
    defaultSession: {
      setPermissionRequestHandler: remember('permissionRequest'),
      setPermissionCheckHandler: remember('permissionCheck'),
      setDevicePermissionHandler: remember('devicePermission'),
      webRequest: {
        onBeforeRequest: remember('beforeRequest'),
        onHeadersReceived: remember('headersReceived'),
      },
    },
  },
  shell: { openExternal: async () => undefined },
};
