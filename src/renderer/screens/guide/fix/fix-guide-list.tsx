import type { FixGuide } from '../../../../shared/guide/fix-guides';
import type { FixAttempt, FixOutcome } from '../../../../shared/guide/guide-progress';
import type { GuideView } from '../../../../shared/guide/guide-view';
import { formatMoment } from '../../../format/time';
import { interpolate, useLocale, useTexts } from '../../../i18n/texts';
import { useAppStore } from '../../../store/app-store-context';
import { useGuideTexts } from '../guide-context';

const OUTCOME_BUTTONS: { outcome: FixOutcome; key: 'tried' | 'worked' | 'didNotWork' }[] = [
  { outcome: 'tried', key: 'tried' },
  { outcome: 'worked', key: 'worked' },
  { outcome: 'did_not_work', key: 'didNotWork' },
];

/** One cause's fix steps, each with what came of it: tried, it worked, it did not help. */
export function FixGuideList({ guide, view, now }: { guide: FixGuide; view: GuideView; now: number }) {
  const texts = useGuideTexts().fix;
  const ui = useTexts();
  const { language } = useLocale();
  const recordFix = useAppStore((state) => state.recordFix);
  const busy = useAppStore((state) => state.pending.guideMove);
  const latest = (fixId: string): FixAttempt | undefined =>
    view.progress.fixes.filter((attempt) => attempt.fixId === fixId).at(-1);
  return (
    <ol className="fix-list">
      {guide.steps.map((step) => {
        const attempt = latest(step.id);
        const titleId = `fix-${guide.cause}-${step.id}`;
        return (
          <li
            key={step.id}
            className={`fix-list__step${attempt ? ` fix-list__step--${attempt.outcome}` : ''}`}
            aria-labelledby={titleId}
          >
            <h4 id={titleId} className="fix-list__title">
              {step.title}
            </h4>
            <ul className="fix-list__how">
              {step.how.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {attempt && (
              <p className="fix-list__outcome" role="status">
                {interpolate(texts.outcome[attempt.outcome], {
                  time: formatMoment(attempt.at, now, language, ui.time),
                })}
              </p>
            )}
            <div className="fix-list__buttons" role="group" aria-labelledby={titleId}>
              {OUTCOME_BUTTONS.map(({ outcome, key }) => (
                <button
                  key={outcome}
                  type="button"
                  className="button"
                  aria-pressed={attempt?.outcome === outcome}
                  disabled={busy}
                  onClick={() => void recordFix(view.incident.id, step.id, outcome)}
                >
                  {texts[key]}
                </button>
              ))}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
