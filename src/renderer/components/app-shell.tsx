import { useEffect, useRef } from 'react';
import { useLocale } from '../i18n/texts';
import { useRouteFocus } from '../router/use-route-focus';
import { GuideScreen } from '../screens/guide/guide-screen';
import { OverviewScreen } from '../screens/overview/overview-screen';
import { HistoryScreen } from '../screens/history/history-screen';
import { SettingsScreen } from '../screens/settings/settings-screen';
import { useFirstRun } from '../screens/welcome/use-first-run';
import { WelcomeScreen } from '../screens/welcome/welcome-screen';
import { useAppStore } from '../store/app-store-context';
import { AppHeader } from './app-header';
import { ConnectionNotice } from './connection-notice';
import { ErrorNotice } from './error-notice';
import { useTabStatus } from './tab-status/use-tab-status';
import { UpdateBanner } from './update-banner';

function RoutedScreen() {
  const route = useAppStore((state) => state.route);
  switch (route.page) {
    case 'incident':
      return <GuideScreen incidentId={route.incidentId} step={route.step} />;
    case 'welcome':
      return <WelcomeScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'history':
      return <HistoryScreen />;
    case 'home':
      return <OverviewScreen />;
  }
}

/** Header, notices and one main area; the screen in it follows the address (route-location.ts). */
export function AppShell() {
  const { language } = useLocale();
  const route = useAppStore((state) => state.route);
  const start = useAppStore((state) => state.start);
  const main = useRef<HTMLElement>(null);

  useEffect(() => start(), [start]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  useTabStatus();
  useRouteFocus(route, main);
  useFirstRun();

  return (
    <div className="app">
      <AppHeader />
      <div className="notices">
        <ConnectionNotice />
        <ErrorNotice />
        <UpdateBanner />
      </div>
      <main className="app-main" ref={main}>
        <RoutedScreen />
      </main>
    </div>
  );
}
