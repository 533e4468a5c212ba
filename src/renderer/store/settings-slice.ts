import type { ApiResult, BackOnlineApi } from '../../shared/api-contract';
import type { Locale } from '../../shared/locale';
import type { Settings, SettingsChange } from '../../shared/settings';
import type { AppStore } from './app-store-types';

/**
 * The owner's settings as the app last answered them, and the app's API for the screens that edit
 * settings and monitors (welcome, settings, history): they call it directly and keep what the owner is
 * typing in their own component state.
 */
export interface SettingsSlice {
  api: BackOnlineApi;
  /** null until loaded. */
  settings: Settings | null;
  loadSettings(): Promise<ApiResult<Settings>>;
  changeSettings(change: SettingsChange): Promise<ApiResult<Settings>>;
}

type SetStore = (partial: Partial<AppStore>) => void;
type GetStore = () => AppStore;

export function settingsSlice(api: BackOnlineApi, set: SetStore, get: GetStore): SettingsSlice {
  /** The window speaks the chosen language at once, without waiting for the next state push. */
  const remember = (result: ApiResult<Settings>) => {
    if (!result.ok) return result;
    const settings = result.value;
    const locale: Locale = { language: settings.language, formality: settings.formality };
    const appState = get().appState;
    set(appState ? { settings, appState: { ...appState, locale } } : { settings, fallbackLocale: locale });
    return result;
  };
  return {
    api,
    settings: null,
    loadSettings: async () => remember(await api['settings.get']({})),
    changeSettings: async (change) => remember(await api['settings.set'](change)),
  };
}
