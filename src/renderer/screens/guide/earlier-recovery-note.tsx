import type { GuideView } from '../../../shared/guide/guide-view';
import { fixStepTitle } from '../../../shared/guide/fix-guides';
import { durationInWords } from '../../../shared/i18n/duration-words';
import { intlLocaleTag } from '../../../shared/locale';
import { interpolate, useLocale } from '../../i18n/texts';
import { useGuideTexts } from './guide-context';

/** "Last time (12 March) this happened, restoring the backup fixed it, in 40 minutes." */
export function EarlierRecoveryNote({ view }: { view: GuideView }) {
  const texts = useGuideTexts();
  const locale = useLocale();
  const earlier = view.memory[0];
  if (!earlier) return null;
  const { incident } = view;
  const params = {
    date: new Intl.DateTimeFormat(intlLocaleTag(locale.language), { day: 'numeric', month: 'long' }).format(
      earlier.openedAt,
    ),
    duration: durationInWords(earlier.durationMs, locale.language),
  };
  const fix = earlier.workedFixes[0];
  const text = fix
    ? interpolate(texts.frame.memory, {
        ...params,
        fix: fixStepTitle(fix, incident.details, locale, incident.cause),
      })
    : earlier.restartWorked
      ? interpolate(texts.frame.memoryRestart, params)
      : interpolate(texts.frame.memoryNoFix, params);
  return (
    <p className="notice notice--memory" data-testid="earlier-recovery">
      {text}
      {earlier.whatCaused && <span className="muted"> {earlier.whatCaused}</span>}
    </p>
  );
}
