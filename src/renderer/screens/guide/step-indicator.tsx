import type { GuideStep } from '../../../shared/guide/guide-steps';
import { GUIDE_STEPS } from '../../../shared/guide/guide-steps';
import { stepIndicatorTexts } from '../../../shared/i18n/step-indicator';
import { interpolate, useCatalog, useLocale } from '../../i18n/texts';
import { listNames, useGuideTexts } from './guide-context';

/** `passed`: before the current step but not done (the owner moved on, or came in by a link). */
type StepState = 'done' | 'current' | 'passed' | 'todo';

function stepState(position: number, current: number, done: boolean): StepState {
  if (position === current) return 'current';
  if (done) return 'done';
  return position < current ? 'passed' : 'todo';
}

/**
 * Where the owner is among the five steps and what is left; each step is a link to it. A ✓ means the
 * step was done (steps-done.ts), never only that it comes before the current one.
 */
export function StepIndicator({
  current,
  done,
  onGo,
}: {
  current: GuideStep;
  done: Record<GuideStep, boolean>;
  onGo: (step: GuideStep) => void;
}) {
  const texts = useGuideTexts();
  const ownTexts = useCatalog(stepIndicatorTexts);
  const { language } = useLocale();
  const index = GUIDE_STEPS.indexOf(current);
  const left = GUIDE_STEPS.slice(index + 1)
    .filter((step) => !done[step])
    .map((step) => texts.steps[step].name);
  const leftText =
    left.length > 0
      ? interpolate(texts.indicator.left, { steps: listNames(left, language) })
      : index === GUIDE_STEPS.length - 1
        ? texts.indicator.lastStep
        : ownTexts.laterDone;
  return (
    <nav className="step-indicator" aria-label={texts.indicator.label}>
      <ol className="step-indicator__list">
        {GUIDE_STEPS.map((step, position) => {
          const state = stepState(position, index, done[step]);
          const spoken = done[step] ? texts.indicator.done : state === 'passed' ? ownTexts.notDone : null;
          return (
            <li key={step} className={`step-indicator__item step-indicator__item--${state}`}>
              <button
                type="button"
                className="step-indicator__button"
                aria-current={state === 'current' ? 'step' : undefined}
                onClick={() => onGo(step)}
              >
                <span className="step-indicator__number" aria-hidden="true">
                  {done[step] ? '✓' : position + 1}
                </span>
                <span className="step-indicator__name">{texts.steps[step].name}</span>
                {spoken !== null && (
                  <>
                    {' '}
                    <span className="visually-hidden">({spoken})</span>
                  </>
                )}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="step-indicator__left muted">
        {interpolate(texts.indicator.position, { number: index + 1, total: GUIDE_STEPS.length })}
        {' · '}
        {leftText}
      </p>
    </nav>
  );
}
