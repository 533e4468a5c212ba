import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store-context';

/**
 * Opens the welcome on the first run: nothing watched yet and the welcome never finished. An owner who
 * finished it and later removed every monitor is not sent back to it; Settings is where they add one.
 */
export function useFirstRun(): void {
  const nothingWatched = useAppStore(
    (state) => state.appState !== null && state.appState.monitors.length === 0,
  );
  const settings = useAppStore((state) => state.settings);
  const onHome = useAppStore((state) => state.route.page === 'home');
  const loadSettings = useAppStore((state) => state.loadSettings);
  const replaceRoute = useAppStore((state) => state.replaceRoute);

  useEffect(() => {
    if (nothingWatched && settings === null) void loadSettings();
  }, [nothingWatched, settings, loadSettings]);

  useEffect(() => {
    if (nothingWatched && onHome && settings !== null && !settings.onboarded)
      replaceRoute({ page: 'welcome' });
  }, [nothingWatched, onHome, settings, replaceRoute]);
}
