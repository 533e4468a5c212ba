import { useId, useState } from 'react';
import type { ActionItem, ReviewAnswers } from '../../../../shared/guide/guide-progress';
import { ACTION_ITEMS_MAX } from '../../../../shared/guide/guide-progress';
import type { GuideView } from '../../../../shared/guide/guide-view';
import { interpolate } from '../../../i18n/texts';
import { useAppStore } from '../../../store/app-store-context';
import { useGuideTexts } from '../guide-context';

const QUESTIONS: (keyof ReviewAnswers)[] = ['whatCaused', 'wentWell', 'toImprove'];

/** The plan's three questions and the to-dos, typed here and saved with the incident. */
export function ReviewForm({ view }: { view: GuideView }) {
  const texts = useGuideTexts().learn;
  const saveReview = useAppStore((state) => state.saveReview);
  const saving = useAppStore((state) => state.pending.saveReview);
  const saved = view.progress.review;
  const [answers, setAnswers] = useState<ReviewAnswers>(saved.answers);
  const [items, setItems] = useState<ActionItem[]>(saved.actionItems);
  const [newItem, setNewItem] = useState('');
  const [justSaved, setJustSaved] = useState(false);
  const baseId = useId();

  const change = (update: () => void) => {
    update();
    setJustSaved(false);
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
  };
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
    </section>
  );
}
