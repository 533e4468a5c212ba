import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { ApiResult } from '../../shared/api-contract';
import type { AppState } from '../../shared/app-state';
import type { Locale } from '../../shared/locale';
import type { WindowRoute } from '../../shared/window-route';
import type { Bridge } from '../api/bridge';
import { MemoryLocation } from '../router/memory-location';
import type { RouteLocation } from '../router/route-location';
import type { AppStore, AppStoreState, PendingAction } from './app-store-types';
import { defaultAppStoreState } from './app-store-types';
import { guideActions } from './guide-actions';
import { incidentDetailActions } from './incident-detail';
import { settingsSlice } from './settings-slice';

export type AppStoreApi = StoreApi<AppStore>;

/** The window's single store: the app's live state, the connection to it, and what the owner is doing. */
export function createAppStore(
  bridge: Bridge,
  browserLanguage?: string,
  location: RouteLocation = new MemoryLocation(),
): AppStoreApi {
  const { api } = bridge;
  return createStore<AppStore>()((set, get) => {
    const followRoute = (route: WindowRoute) => {
      set({ route });
      get().selectIncident(route.page === 'incident' ? route.incidentId : null);
    };

    /** Out-of-order answers (a slow state.get after a pushed change) must not roll the screen back. */
    const acceptState = (state: AppState) => {
      const current = get().appState;
      if (current === null || state.generatedAt >= current.generatedAt) set({ appState: state });
    };

    async function perform<T>(
      action: PendingAction,
      run: () => Promise<ApiResult<T>>,
      onSuccess: (value: T) => void,
    ): Promise<void> {
      if (get().pending[action]) return;
      set({ pending: { ...get().pending, [action]: true }, error: null });
      const result = await run();
      if (result.ok) onSuccess(result.value);
      set({ pending: { ...get().pending, [action]: false }, error: result.ok ? null : result.error });
    }

    return {
      ...defaultAppStoreState(browserLanguage),

      start() {
        set({ connection: bridge.connectionStatus() });
        followRoute(location.current());
        const stopRoute = location.subscribe(followRoute);
        const stopConnection = bridge.onConnectionChanged((connection) => set({ connection }));
        const stopState = api.onStateChanged(acceptState);
        void api['state.get']({}).then((result) => {
          if (result.ok) acceptState(result.value);
          else set({ error: result.error });
        });
        return () => {
          stopRoute();
          stopState();
          stopConnection();
        };
      },

      navigate: (route) => location.go(route),

      replaceRoute: (route) => location.replace(route),

      checkAllNow: () => perform('checkAll', () => api['checks.runNow']({}), acceptState),

      setLanguage: (language) =>
        perform(
          'language',
          () => api['settings.set']({ language }),
          (settings) => {
            const appState = get().appState;
            const locale: Locale = { language: settings.language, formality: settings.formality };
            if (appState) set({ appState: { ...appState, locale } });
            else set({ fallbackLocale: locale });
          },
        ),

      snooze: (duration) => perform('snooze', () => api['monitoring.snooze']({ duration }), acceptState),

      resume: () => perform('resume', () => api['monitoring.resume']({}), acceptState),

      ...incidentDetailActions(api, set, get),

      ...settingsSlice(api, set, get),

      ...guideActions(api, set, get, perform),

      dismissError: () => set({ error: null }),
    };
  });
}

export function currentLocale(state: Pick<AppStoreState, 'appState' | 'fallbackLocale'>): Locale {
  return state.appState?.locale ?? state.fallbackLocale;
}
