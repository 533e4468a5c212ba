import { describeCause } from '../../../../shared/diagnosis';
import { checkedSubject } from '../../../../shared/guide/fix-guides';
import { formatMoment } from '../../../format/time';
import { interpolate, useLocale, useTexts } from '../../../i18n/texts';
import { useAppStore } from '../../../store/app-store-context';
import { EarlierRecoveryNote } from '../earlier-recovery-note';
import type { StepProps } from '../guide-context';
import { useAffectedMonitors, useGuideTexts } from '../guide-context';
import { CheckEvidence } from './check-evidence';
import { IdentifyChecklist } from './identify-checklist';
import { ResponseSparkline } from './response-sparkline';

const withoutFullStop = (sentence: string) => sentence.replace(/[.!]\s*$/, '');

/** Step 1: what is wrong in one plain sentence, the evidence behind it, and the plan's checklist. */
export function IdentifyStep({ view, appState }: StepProps) {
  const texts = useGuideTexts().identify;
  const ui = useTexts();
  const locale = useLocale();
  const monitors = useAffectedMonitors(view, appState);
  const checkAllNow = useAppStore((state) => state.checkAllNow);
  const checking = useAppStore((state) => state.pending.checkAll);
  const now = appState.generatedAt;
  const failing = monitors.filter((entry) => entry.status !== 'up');
  const sentences = (failing.length > 0 ? failing : monitors).map((entry) => {
    const details = entry.lastResult?.details ?? view.incident.details;
    const cause = entry.status === 'up' ? view.incident.cause : entry.cause;
    return interpolate(texts.sentence, {
      name: entry.monitor.name,
      subject: checkedSubject(details) || entry.monitor.target,
      problem: `${withoutFullStop(describeCause(cause, details, locale).title)}.`,
      time: formatMoment(entry.since ?? view.incident.openedAt, now, locale.language, ui.time),
    });
  });
  return (
    <div className="guide-step__body">
      <div className="identify__summary" data-testid="identify-summary">
        {sentences.map((sentence) => (
          <p key={sentence} className="identify__sentence">
            {sentence}
          </p>
        ))}
        <p className="identify__sentence">{appState.offline ? texts.internetDown : texts.internetWorks}</p>
      </div>
      <EarlierRecoveryNote view={view} />
      <button type="button" className="button" disabled={checking} onClick={() => void checkAllNow()}>
        {checking ? texts.checking : texts.checkAgain}
      </button>
      <section className="evidence-list" aria-labelledby="identify-evidence">
        <h3 id="identify-evidence">{texts.evidenceHeading}</h3>
        {monitors.map((entry) => (
          <CheckEvidence key={entry.monitor.id} entry={entry} now={now} />
        ))}
      </section>
      <section aria-labelledby="identify-sparkline">
        <h3 id="identify-sparkline">{texts.sparklineHeading}</h3>
        <div className="guide-sparklines">
          {monitors.map((entry) => (
            <ResponseSparkline
              key={entry.monitor.id}
              monitorId={entry.monitor.id}
              name={entry.monitor.name}
            />
          ))}
        </div>
      </section>
      <IdentifyChecklist view={view} />
    </div>
  );
}
