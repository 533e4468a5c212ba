import { describeCause } from '../../../../shared/diagnosis';
import { resultsFor } from '../../../../shared/guide/verification';
import type { GuideChecklistItem } from '../../../../shared/guide/guide-steps';
import { guideTextCatalogs } from '../../../../shared/guide/guide-texts';
import { pickCatalog } from '../../../../shared/i18n/interpolate';
import { formatMoment } from '../../../format/time';
import { interpolate, useLocale, useTexts } from '../../../i18n/texts';
import { useAppStore } from '../../../store/app-store-context';
import type { StepProps } from '../guide-context';
import { useGuideTexts } from '../guide-context';
import { ResolvePanel } from './resolve-panel';
import { VerificationResults } from './verification-results';

const VERIFY_ITEMS: GuideChecklistItem[] = ['verify_try_yourself', 'verify_ask_confirmation'];

/** Step 4: every check once more, live; the owner's own try; then resolve, or back to Fix. */
export function VerifyStep({ view, appState }: StepProps) {
  const texts = useGuideTexts().verify;
  const ui = useTexts();
  const locale = useLocale();
  const checklist = pickCatalog(guideTextCatalogs, locale).checklist;
  const checkEverything = useAppStore((state) => state.checkEverything);
  const checking = useAppStore((state) => state.pending.checkEverything);
  const setChecklistItem = useAppStore((state) => state.setChecklistItem);
  const navigate = useAppStore((state) => state.navigate);
  const { incident, progress } = view;
  const latest = progress.verifications.at(-1);
  const results = latest ? resultsFor(latest, incident) : [];
  const stillFailing = results.find((result) => !result.passed);
  const running = checking || (appState.checkRun !== undefined && appState.checkRun.finishedAt === null);
  return (
    <div className="guide-step__body">
      <p>{texts.intro}</p>
      <button
        type="button"
        className="button button--primary"
        disabled={running}
        onClick={() => void checkEverything(incident.id)}
      >
        {running ? texts.waiting : texts.checkEverything}
      </button>
      {latest && !running && (
        <p className="muted">
          {interpolate(texts.lastRun, {
            time: formatMoment(latest.at, appState.generatedAt, locale.language, ui.time),
          })}
        </p>
      )}
      {(latest || running) && <VerificationResults results={results} checkRun={appState.checkRun} />}
      {stillFailing && !running && (
        <div className="notice notice--warning" role="alert">
          <p>
            {interpolate(texts.stillFailing, {
              problem: describeCause(stillFailing.cause, {}, locale).title,
            })}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => navigate({ page: 'incident', incidentId: incident.id, step: 'fix' })}
          >
            {texts.backToFix}
          </button>
        </div>
      )}
      <section className="checklist" aria-labelledby="verify-checklist">
        <h3 id="verify-checklist">{texts.checklistHeading}</h3>
        <ul className="checklist__items">
          {VERIFY_ITEMS.map((item) => {
            const done = progress.checklistDone.includes(item);
            return (
              <li key={item} className="checklist__item">
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={done}
                    onChange={() => void setChecklistItem(incident.id, item, !done)}
                  />
                  {checklist[item]}
                </label>
              </li>
            );
          })}
        </ul>
      </section>
      <ResolvePanel view={view} />
    </div>
  );
}
