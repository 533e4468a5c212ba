import { useId, useState } from 'react';
import type { ActionItem, ReviewAnswers } from '../../../../shared/guide/guide-progress';
import { ACTION_ITEMS_MAX } from '../../../../shared/guide/guide-progress';
import type { GuideView } from '../../../../shared/guide/guide-view';
import { reviewMarkdown } from '../../../../shared/guide/review-markdown';
import type { MonitorNames } from '../../../../shared/incident-events';
import { interpolate, useLocale } from '../../../i18n/texts';
import { useAppStore } from '../../../store/app-store-context';
import { useGuideTexts } from '../guide-context';
import { ReviewExport } from './review-export';

const QUESTIONS: (keyof ReviewAnswers)[] = ['whatCaused', 'wentWell', 'toImprove'];

/** "review-2026-12-06-webshop": the day it began and who it was about, safe on every file system. */
function reviewBaseName(view: GuideView, names: MonitorNames): string {
  const day = new Date(view.incident.openedAt).toISOString().slice(0, 10);
  const who = view.incident.monitorIds
    .map((id) => names.get(id) ?? '')
    .join('-')
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 60);
  return `review-${day}${who ? `-${who}` : ''}`;
}

/** The plan's three questions and the to-dos, typed here and saved with the incident; then kept or shared. */
export function ReviewForm({ view, names }: { view: GuideView; names: MonitorNames }) {
  const texts = useGuideTexts().learn;
  const locale = useLocale();
  const saveReview = useAppStore((state) => state.saveReview);
  const saving = useAppStore((state) => state.pending.saveReview);
  const saved = view.progress.review;
  const [answers, setAnswers] = useState<ReviewAnswers>(saved.answers);
  const [items, setItems] = useState<ActionItem[]>(saved.actionItems);
  const [newItem, setNewItem] = useState('');
  const [justSaved, setJustSaved] = useState(false);
  const [dirty, setDirty] = useState(false);
  const baseId = useId();

  const change = (update: () => void) => {
    update();
    setJustSaved(false);
    setDirty(true);
  };
  const addItem = () => {
    const text = newItem.trim();
    if (text === '' || items.length >= ACTION_ITEMS_MAX) return;
    change(() => setItems([...items, { text, done: false }]));
    setNewItem('');
  };
  const save = async () => {
    await saveReview(view.incident.id, answers, items);
    setJustSaved(true);
    setDirty(false);
  };
  const markdown = () =>
    reviewMarkdown({
      incident: view.incident,
      review: { answers, actionItems: items, savedAt: saved.savedAt },
      names,
      locale,
    });
  return (
    <section className="review-form" aria-labelledby={`${baseId}-questions`}>
      <h3 id={`${baseId}-questions`}>{texts.questionsHeading}</h3>
      {QUESTIONS.map((question) => (
        <div key={question} className="field">
          <label htmlFor={`${baseId}-${question}`}>{texts[question]}</label>
          <textarea
            id={`${baseId}-${question}`}
            className="text-input"
            rows={3}
            value={answers[question]}
            onChange={(event) => change(() => setAnswers({ ...answers, [question]: event.target.value }))}
          />
        </div>
      ))}
      <h4 id={`${baseId}-items`}>{texts.actionItems}</h4>
      <ul className="action-items" aria-labelledby={`${baseId}-items`}>
        {items.map((item, index) => (
          <li key={`${index}-${item.text}`} className="action-items__item">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={item.done}
                onChange={() =>
                  change(() =>
                    setItems(
                      items.map((entry, at) => (at === index ? { ...entry, done: !entry.done } : entry)),
                    ),
                  )
                }
              />
              {item.text}
            </label>
            <button
              type="button"
              className="link-button"
              aria-label={interpolate(texts.removeItem, { text: item.text })}
              onClick={() => change(() => setItems(items.filter((_, at) => at !== index)))}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <div className="action-items__new">
        <label htmlFor={`${baseId}-new`}>{texts.newItem}</label>
        <input
          id={`${baseId}-new`}
          className="text-input"
          value={newItem}
          maxLength={500}
          onChange={(event) => setNewItem(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') addItem();
          }}
        />
        <button type="button" className="button" disabled={newItem.trim() === ''} onClick={addItem}>
          {texts.addItem}
        </button>
      </div>
      <div className="review-form__save">
        <button
          type="button"
          className="button button--primary"
          disabled={saving}
          onClick={() => void save()}
        >
          {texts.save}
        </button>
        {justSaved && (
          <span role="status" className="muted">
            {texts.saved}
          </span>
        )}
      </div>
      <ReviewExport
        markdown={markdown}
        baseName={reviewBaseName(view, names)}
        beforeExport={async () => {
          if (dirty) await save();
        }}
      />
    </section>
  );
}
