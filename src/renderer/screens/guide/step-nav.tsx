import type { GuideStep } from '../../../shared/guide/guide-steps';
import { GUIDE_STEPS } from '../../../shared/guide/guide-steps';
import { interpolate } from '../../i18n/texts';
import { useGuideTexts } from './guide-context';

/** Back and next at the foot of every step, each naming where it goes. */
export function StepNav({ current, onGo }: { current: GuideStep; onGo: (step: GuideStep) => void }) {
  const texts = useGuideTexts();
  const index = GUIDE_STEPS.indexOf(current);
  const previous = GUIDE_STEPS[index - 1];
  const next = GUIDE_STEPS[index + 1];
  return (
    <div className="step-nav">
      {previous && (
        <button type="button" className="button" onClick={() => onGo(previous)}>
          ← {interpolate(texts.nav.back, { name: texts.steps[previous].name })}
        </button>
      )}
      {next && (
        <button type="button" className="button button--primary step-nav__next" onClick={() => onGo(next)}>
          {interpolate(texts.nav.next, { name: texts.steps[next].name })} →
        </button>
      )}
    </div>
  );
}
