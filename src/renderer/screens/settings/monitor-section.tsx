import { useState } from 'react';
import type { ApiError, ApiResult } from '../../../shared/api-contract';
import { interpolate } from '../../../shared/i18n/interpolate';
import { settingsScreenTexts } from '../../../shared/i18n/settings-screen';
import type { MonitorState } from '../../../shared/app-state';
import type { Monitor, MonitorInput } from '../../../shared/monitor';
import { useCatalog } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import { EditableItem } from './editable-item';
import type { ListEditing } from './editable-item';
import { MonitorForm } from './monitor-form';
import { withClearedFields } from './monitor-form-values';

/** One empty list for every render: a new `[]` per render would make the store look changed forever. */
const NO_MONITORS: readonly MonitorState[] = [];

/** Everything watched, live from the app's state, each with change, pause and remove. */
export function MonitorSection() {
  const texts = useCatalog(settingsScreenTexts).monitors;
  const api = useAppStore((state) => state.api);
  const entries = useAppStore((state) => state.appState?.monitors) ?? NO_MONITORS;
  const [editing, setEditing] = useState<ListEditing>({ kind: 'none' });
  const stopEditing = () => setEditing({ kind: 'none' });
  // The app's answer to a change, until its next state push (up to a fifth of a second later) shows it:
  // a form opened again at once must start from what was just saved, not from the state before.
  const [justSaved, setJustSaved] = useState<{
    before: readonly MonitorState[];
    monitors: Record<string, Monitor>;
  }>({ before: entries, monitors: {} });
  const savedSincePush = justSaved.before === entries ? justSaved.monitors : {};

  /** Answers why it could not save (null when it did), so the form can name a disk that is full. */
  const save = async (run: () => Promise<ApiResult<unknown>>): Promise<ApiError | null> => {
    const result = await run();
    if (result.ok) setEditing({ kind: 'none' });
    return result.ok ? null : result.error;
  };
  const create = (input: MonitorInput) => save(() => api['monitors.create'](input));
  const update = (id: string) => (input: MonitorInput) =>
    save(async () => {
      const result = await api['monitors.update']({ id, changes: withClearedFields(input) });
      if (result.ok)
        setJustSaved((current) => ({
          before: entries,
          monitors: { ...(current.before === entries ? current.monitors : {}), [id]: result.value },
        }));
      return result;
    });

  return (
    <section className="settings-section" aria-labelledby="settings-monitors">
      <h2 id="settings-monitors">{texts.heading}</h2>
      {entries.length === 0 && <p>{texts.none}</p>}
      <ul className="settings-monitors">
        {entries.map(({ monitor }) => (
          <li key={monitor.id} className="settings-monitor" data-settings-monitor={monitor.name}>
            <EditableItem
              name={monitor.name}
              about={
                <>
                  <span className="settings-monitor__name">{monitor.name}</span>
                  <span className="muted">{monitor.target}</span>
                  {!monitor.enabled && <span className="settings-monitor__paused">{texts.paused}</span>}
                </>
              }
              form={
                editing.kind === 'edit' &&
                editing.id === monitor.id && (
                  <MonitorForm
                    monitor={savedSincePush[monitor.id] ?? monitor}
                    onSave={update(monitor.id)}
                    onCancel={stopEditing}
                  />
                )
              }
              confirm={
                editing.kind === 'delete' && editing.id === monitor.id
                  ? {
                      label: texts.delete,
                      question: interpolate(texts.confirmDelete, { name: monitor.name }),
                      yes: texts.confirmDeleteYes,
                      no: texts.cancel,
                      onYes: () => void save(() => api['monitors.delete']({ id: monitor.id })),
                      onNo: stopEditing,
                    }
                  : undefined
              }
              actions={[
                { label: texts.edit, onClick: () => setEditing({ kind: 'edit', id: monitor.id }) },
                {
                  label: monitor.enabled ? texts.pause : texts.resume,
                  onClick: () =>
                    void api['monitors.update']({ id: monitor.id, changes: { enabled: !monitor.enabled } }),
                },
                { label: texts.delete, onClick: () => setEditing({ kind: 'delete', id: monitor.id }) },
              ]}
            />
          </li>
        ))}
      </ul>
      {editing.kind === 'add' ? (
        <MonitorForm onSave={create} onCancel={stopEditing} />
      ) : (
        <button type="button" className="button button--primary" onClick={() => setEditing({ kind: 'add' })}>
          {texts.add}
        </button>
      )}
    </section>
  );
}
