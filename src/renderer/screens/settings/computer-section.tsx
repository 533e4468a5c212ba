import { useEffect, useState } from 'react';
import type { DesktopFeatures } from '../../../shared/api-contract';
import { settingsSectionsTexts } from '../../../shared/i18n/settings-sections';
import type { Settings } from '../../../shared/settings';
import { CheckboxField } from '../../components/form/checkbox-field';
import { useCatalog } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import { SaveStatus, useSettingsSave } from './save-status';

/** The app's own places the owner can open, each with the words saying what it is for. */
const OPENABLE = [
  {
    channel: 'app.openDataFolder',
    feature: 'openDataFolder',
    label: 'openDataFolder',
    hint: 'openDataFolderHint',
  },
  { channel: 'app.openLog', feature: 'openLog', label: 'openLog', hint: 'openLogHint' },
] as const;

/**
 * What only the desktop app can do: start at login, show the data folder, show the log. The app says
 * which exist here; in a browser (web mode) none does and the section stays away.
 */
export function ComputerSection({ settings }: { settings: Settings }) {
  const texts = useCatalog(settingsSectionsTexts).computer;
  const api = useAppStore((state) => state.api);
  const [features, setFeatures] = useState<DesktopFeatures | null>(null);
  const [openFailed, setOpenFailed] = useState(false);
  const { status, save, refusal } = useSettingsSave();

  useEffect(() => {
    let current = true;
    void api['app.desktopFeatures']({}).then((result) => {
      if (current && result.ok) setFeatures(result.value);
    });
    return () => {
      current = false;
    };
  }, [api]);

  if (!features || !(features.startAtLogin || features.openDataFolder || features.openLog)) return null;
  const open = async (channel: 'app.openDataFolder' | 'app.openLog') =>
    setOpenFailed(!(await api[channel]({})).ok);

  return (
    <section className="settings-section" aria-labelledby="settings-computer">
      <h2 id="settings-computer">{texts.heading}</h2>
      {features.startAtLogin && (
        <div className="form-actions">
          <CheckboxField
            label={texts.startAtLogin}
            hint={texts.startAtLoginHint}
            checked={settings.startAtLogin}
            onChange={(startAtLogin) => void save({ startAtLogin })}
          />
          <SaveStatus status={status} refusal={refusal} />
        </div>
      )}
      {OPENABLE.filter(({ feature }) => features[feature]).map(({ channel, label, hint }) => (
        <div className="field" key={channel}>
          <button
            type="button"
            className="button"
            aria-describedby={`settings-${channel}-hint`}
            onClick={() => void open(channel)}
          >
            {texts[label]}
          </button>
          <p id={`settings-${channel}-hint`} className="field__hint">
            {texts[hint]}
          </p>
        </div>
      ))}
      <p role="status" className="form-failed">
        {openFailed ? texts.openFailed : ''}
      </p>
    </section>
  );
}
