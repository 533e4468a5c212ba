import { useEffect } from 'react';
import { settingsScreenTexts } from '../../../shared/i18n/settings-screen';
import { useCatalog } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import { WelcomeLanguageStep } from '../welcome/welcome-language-step';
import { BusinessSection } from './business-section';
import { ComputerSection } from './computer-section';
import { ContactSection } from './contact-section';
import { DataSection } from './data-section';
import { HistorySection } from './history-section';
import { MaintenanceSection } from './maintenance-section';
import { MessageSection } from './message-section';
import { MonitorSection } from './monitor-section';
import { NotificationSection } from './notification-section';

/**
 * One page, sections in the order an owner needs them: what is watched, the business and who helps it,
 * how and when to be told, language, this computer, data.
 */
export function SettingsScreen() {
  const texts = useCatalog(settingsScreenTexts);
  const settings = useAppStore((state) => state.settings);
  const loadSettings = useAppStore((state) => state.loadSettings);
  useEffect(() => {
    void loadSettings();
  }, [loadSettings]);
  return (
    <div className="settings">
      <h1 tabIndex={-1}>{texts.heading}</h1>
      <MonitorSection />
      {settings && (
        <>
          <BusinessSection settings={settings} />
          <ContactSection settings={settings} />
          <NotificationSection settings={settings} />
          <MaintenanceSection settings={settings} />
          <MessageSection settings={settings} />
        </>
      )}
      <section className="settings-section" aria-label={texts.language.heading}>
        <WelcomeLanguageStep />
      </section>
      {settings && (
        <>
          <ComputerSection settings={settings} />
          <DataSection settings={settings} />
        </>
      )}
      <HistorySection />
    </div>
  );
}
