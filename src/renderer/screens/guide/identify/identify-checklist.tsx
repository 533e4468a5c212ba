import { useId, useState } from 'react';
import type { GuideChecklistItem } from '../../../../shared/guide/guide-steps';
import type { GuideView } from '../../../../shared/guide/guide-view';
import { interpolate } from '../../../i18n/texts';
import { useAppStore } from '../../../store/app-store-context';
import { useGuideTexts } from '../guide-context';
import { useSettings } from '../use-settings';

function DoneButton({ view, item }: { view: GuideView; item: GuideChecklistItem }) {
  const texts = useGuideTexts().identify;
  const setChecklistItem = useAppStore((state) => state.setChecklistItem);
  const busy = useAppStore((state) => state.pending.guideMove);
  const done = view.progress.checklistDone.includes(item);
  return (
    <button
      type="button"
      className={`button checklist__toggle${done ? ' checklist__toggle--done' : ''}`}
      aria-pressed={done}
      disabled={busy}
      onClick={() => void setChecklistItem(view.incident.id, item, !done)}
    >
      {done ? `✓ ${texts.done}` : texts.markDone}
    </button>
  );
}

/** The plan's first checklist: system status (the app did it), the logs, and asking the team. */
export function IdentifyChecklist({ view }: { view: GuideView }) {
  const texts = useGuideTexts().identify;
  const settings = useSettings();
  const setChecklistItem = useAppStore((state) => state.setChecklistItem);
  const openExternal = useAppStore((state) => state.api['app.openExternal']);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const noteId = useId();
  const hosting = settings?.contacts.find((contact) => contact.role === 'hosting' && contact.url);

  const saveNote = async () => {
    await setChecklistItem(view.incident.id, 'identify_ask_team', true, note.trim());
    setNote('');
    setSaved(true);
  };
  return (
    <section className="checklist" aria-labelledby="identify-checklist">
      <h3 id="identify-checklist">{texts.checklistHeading}</h3>
      <ol className="checklist__items">
        <li className="checklist__item checklist__item--done">
          <p>{texts.systemStatus}</p>
          <p className="muted">✓ {texts.systemStatusDone}</p>
        </li>
        <li className="checklist__item">
          <p>{texts.logs}</p>
          {hosting?.url ? (
            <button
              type="button"
              className="link-button"
              onClick={() => void openExternal({ url: hosting.url ?? '' })}
            >
              {interpolate(texts.openPanel, { name: hosting.name })}
            </button>
          ) : (
            <p className="muted">{texts.noPanel}</p>
          )}
          <DoneButton view={view} item="identify_logs" />
        </li>
        <li className="checklist__item">
          <p>{texts.askTeam}</p>
          <label htmlFor={noteId}>{texts.noteLabel}</label>
          <textarea
            id={noteId}
            className="text-input"
            rows={2}
            value={note}
            onChange={(event) => {
              setNote(event.target.value);
              setSaved(false);
            }}
          />
          <div className="checklist__actions">
            <button
              type="button"
              className="button"
              disabled={note.trim() === ''}
              onClick={() => void saveNote()}
            >
              {texts.saveNote}
            </button>
            <DoneButton view={view} item="identify_ask_team" />
          </div>
          {saved && (
            <p className="muted" role="status">
              {texts.noteSaved}
            </p>
          )}
        </li>
      </ol>
    </section>
  );
}
