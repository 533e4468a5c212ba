import type { App } from 'electron';
import type { ApiHandler, ApiParsedRequest, ApiResult } from '../shared/api-contract';
import type { Settings } from '../shared/settings';
import { createXdgAutostart } from './xdg-autostart';
import { YOUNG_GENERATION_ARGUMENT } from './young-generation';

/** Passed when the system starts the app at login, so it starts quietly in the tray. */
export const HIDDEN_ARGUMENT = '--hidden';
/** Everything a start at login passes: quietly, and with the memory flags only a start can set. */
const LOGIN_ARGUMENTS = [HIDDEN_ARGUMENT, YOUNG_GENERATION_ARGUMENT];

/** Where the operating system keeps "start at login". */
export interface LoginItemBackend {
  isEnabled(): boolean;
  setEnabled(enabled: boolean): void;
}

export interface LoginItem {
  /** The owner's choice as stored in settings.startAtLogin. */
  isEnabled(): boolean;
  /** The tray checkbox: stores the choice through the service, then tells the operating system. */
  setEnabled(enabled: boolean): Promise<ApiResult<Settings>>;
  /** The handler of `settings.set`, so a change made in the window reaches the operating system too. */
  saveSettings(request: ApiParsedRequest<'settings.set'>): Promise<ApiResult<Settings>>;
  /** At start-up: make the operating system match the stored choice (it may have been changed elsewhere). */
  syncFromSettings(): Promise<void>;
}

export function electronLoginItemBackend(app: App): LoginItemBackend {
  // Windows compares the registered arguments too, so reading and writing pass the same ones.
  const args = LOGIN_ARGUMENTS;
  return {
    isEnabled: () => app.getLoginItemSettings({ args }).openAtLogin,
    setEnabled: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled, args }),
  };
}

/**
 * The backend for this platform, or null in an unpackaged (development) app, which must not register
 * the bare Electron binary to start at login.
 */
export function loginItemBackend(app: App, platform: NodeJS.Platform): LoginItemBackend | null {
  if (!app.isPackaged) return null;
  if (platform === 'darwin' || platform === 'win32') return electronLoginItemBackend(app);
  return createXdgAutostart({ command: process.env.APPIMAGE || process.execPath, args: LOGIN_ARGUMENTS });
}

export function createLoginItem(options: {
  service: ApiHandler;
  backend: LoginItemBackend | null;
  onChange?: (enabled: boolean) => void;
}): LoginItem {
  let enabled = false;

  const applyToSystem = (wanted: boolean) => {
    enabled = wanted;
    try {
      if (options.backend && options.backend.isEnabled() !== wanted) options.backend.setEnabled(wanted);
    } catch (error) {
      console.error('the login item could not be changed', error);
    }
    options.onChange?.(wanted);
  };

  const saveSettings = async (request: ApiParsedRequest<'settings.set'>) => {
    const result = await options.service.handle('settings.set', request);
    if (result.ok && request.startAtLogin !== undefined) applyToSystem(result.value.startAtLogin);
    return result;
  };

  return {
    isEnabled: () => enabled,
    setEnabled: (wanted) => saveSettings({ startAtLogin: wanted }),
    saveSettings,
    async syncFromSettings() {
      const settings = await options.service.handle('settings.get', {});
      if (settings.ok) applyToSystem(settings.value.startAtLogin);
    },
  };
}
