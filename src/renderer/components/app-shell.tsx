import { useEffect } from 'react';
import { useLocale, useTexts } from '../i18n/texts';
import { IncidentScreen } from '../screens/incident/incident-screen';
import { OverviewScreen } from '../screens/overview/overview-screen';
import { useAppStore } from '../store/app-store-context';
import { AppHeader } from './app-header';
import { ConnectionNotice } from './connection-notice';
import { ErrorNotice } from './error-notice';

/** Header, notices and one main area; the screen in it follows what the owner selected. */
export function AppShell() {
  const texts = useTexts();
  const { language } = useLocale();
  const selectedIncidentId = useAppStore((state) => state.selectedIncidentId);
  const start = useAppStore((state) => state.start);

  useEffect(() => start(), [start]);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = texts.appName;
  }, [language, texts.appName]);

  return (
    <div className="app">
      <AppHeader />
      <div className="notices">
        <ConnectionNotice />
        <ErrorNotice />
      </div>
      <main className="app-main">
        {selectedIncidentId ? <IncidentScreen incidentId={selectedIncidentId} /> : <OverviewScreen />}
      </main>
    </div>
  );
}
