import type { GuideStep } from '../../../shared/guide/guide-steps';
import { GUIDE_STEPS } from '../../../shared/guide/guide-steps';
import { interpolate, useLocale } from '../../i18n/texts';
import { listNames, useGuideTexts } from './guide-context';

/** Where the owner is among the five steps and what is left; each step is a link to it. */
export function StepIndicator({ current, onGo }: { current: GuideStep; onGo: (step: GuideStep) => void }) {
  const texts = useGuideTexts();
  const { language } = useLocale();
  const index = GUIDE_STEPS.indexOf(current);
  const left = GUIDE_STEPS.slice(index + 1).map((step) => texts.steps[step].name);
  return (
    <nav className="step-indicator" aria-label={texts.indicator.label}>
      <ol className="step-indicator__list">
        {GUIDE_STEPS.map((step, position) => {
          const state = position < index ? 'done' : position === index ? 'current' : 'todo';
          return (
            <li key={step} className={`step-indicator__item step-indicator__item--${state}`}>
              <button
                type="button"
                className="step-indicator__button"
                aria-current={state === 'current' ? 'step' : undefined}
                onClick={() => onGo(step)}
              >
                <span className="step-indicator__number" aria-hidden="true">
                  {state === 'done' ? '✓' : position + 1}
                </span>
                <span className="step-indicator__name">{texts.steps[step].name}</span>
                {state === 'done' && <span className="visually-hidden"> ({texts.indicator.done})</span>}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="step-indicator__left muted">
        {interpolate(texts.indicator.position, { number: index + 1, total: GUIDE_STEPS.length })}
        {' · '}
        {left.length > 0
          ? interpolate(texts.indicator.left, { steps: listNames(left, language) })
          : texts.indicator.lastStep}
      </p>
    </nav>
  );
}
