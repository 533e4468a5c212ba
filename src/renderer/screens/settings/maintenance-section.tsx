import { useState } from 'react';
import type { MonitorState } from '../../../shared/app-state';
import { interpolate } from '../../../shared/i18n/interpolate';
import type { SettingsSectionsTexts } from '../../../shared/i18n/settings-sections';
import { settingsSectionsTexts } from '../../../shared/i18n/settings-sections';
import type { MaintenanceWindow, Settings } from '../../../shared/settings';
import { useCatalog } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import { MaintenanceForm, WEEK_FROM_MONDAY } from './maintenance-form';

const NO_MONITORS: readonly MonitorState[] = [];

/** "Monday, Tuesday, 02:00–04:00: Webshop" — days in the owner's week order, names as the owner gave them. */
function describeWindow(
  window: MaintenanceWindow,
  texts: SettingsSectionsTexts['maintenance'],
  nameOf: (entry: string) => string,
): string {
  const days =
    window.days.length === 0
      ? texts.everyDay
      : WEEK_FROM_MONDAY.filter((day) => window.days.includes(day))
          .map((day) => texts.dayNames[day])
          .join(', ');
  const monitors = window.monitors.length === 0 ? texts.allMonitors : window.monitors.map(nameOf).join(', ');
  return interpolate(texts.summary, { days, start: window.start, end: window.end, monitors });
}

/** Weekly planned maintenance: while a window is open the engine pauses the monitors it covers. */
export function MaintenanceSection({ settings }: { settings: Settings }) {
  const texts = useCatalog(settingsSectionsTexts).maintenance;
  const changeSettings = useAppStore((state) => state.changeSettings);
  const monitors = useAppStore((state) => state.appState?.monitors) ?? NO_MONITORS;
  const [adding, setAdding] = useState(false);
  const windows = settings.maintenanceWindows;
  // A window may name a monitor by id (config files) or by name (this form).
  const nameOf = (entry: string) =>
    monitors.find(({ monitor }) => monitor.id === entry)?.monitor.name ?? entry;

  const store = async (next: MaintenanceWindow[]) => {
    const result = await changeSettings({ maintenanceWindows: next });
    if (result.ok) setAdding(false);
    return result.ok;
  };

  return (
    <section className="settings-section" aria-labelledby="settings-maintenance">
      <h2 id="settings-maintenance">{texts.heading}</h2>
      <p>{texts.intro}</p>
      {windows.length === 0 && <p className="muted">{texts.none}</p>}
      <ul className="settings-monitors">
        {windows.map((window, index) => {
          const summary = describeWindow(window, texts, nameOf);
          return (
            <li key={`${index}-${summary}`} className="settings-monitor" data-settings-maintenance={index}>
              <span className="settings-monitor__about">{summary}</span>
              <button
                type="button"
                className="button button--small"
                aria-label={`${texts.delete}: ${summary}`}
                onClick={() => void store(windows.filter((_, other) => other !== index))}
              >
                {texts.delete}
              </button>
            </li>
          );
        })}
      </ul>
      {adding ? (
        <MaintenanceForm
          monitorNames={monitors.map(({ monitor }) => monitor.name)}
          onSave={(window) => store([...windows, window])}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {texts.add}
        </button>
      )}
    </section>
  );
}
