import { useEffect } from 'react';
import { settingsScreenTexts } from '../../../shared/i18n/settings-screen';
import { useCatalog } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import { WelcomeLanguageStep } from '../welcome/welcome-language-step';
import { BusinessSection } from './business-section';
import { DataSection } from './data-section';
import { MonitorSection } from './monitor-section';

/** One page, sections in the order an owner needs them: what is watched, the business, language, data. */
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
      {settings && <BusinessSection settings={settings} />}
      <section className="settings-section" aria-label={texts.language.heading}>
        <WelcomeLanguageStep />
      </section>
      {settings && <DataSection settings={settings} />}
    </div>
  );
}
