import type { AppState } from '../../../../shared/app-state';
import type { VerificationResult } from '../../../../shared/guide/guide-progress';
import { guideTextCatalogs } from '../../../../shared/guide/guide-texts';
import { pickCatalog } from '../../../../shared/i18n/interpolate';
import { StatusSymbol } from '../../../components/status-symbol';
import { interpolate, useLocale } from '../../../i18n/texts';
import { useGuideTexts } from '../guide-context';

/** Each monitor's live result: works or not, and its speed against its normal. */
export function VerificationResults({
  results,
  checkRun,
}: {
  results: VerificationResult[];
  checkRun: AppState['checkRun'];
}) {
  const texts = useGuideTexts().verify;
  const locale = useLocale();
  const speed = pickCatalog(guideTextCatalogs, locale).speed;
  const running = checkRun !== undefined && checkRun.finishedAt === null;
  if (running) {
    const done = checkRun.monitors.filter((monitor) => monitor.state !== 'checking').length;
    return (
      <div role="status" className="verify__progress">
        <p>{interpolate(texts.checking, { done, total: checkRun.monitors.length })}</p>
        <progress max={checkRun.monitors.length} value={done} />
      </div>
    );
  }
  return (
    <ul className="verify__results" data-testid="verify-results">
      {results.map((result) => (
        <li
          key={result.monitorId}
          className={`verify__result verify__result--${result.passed ? 'up' : 'down'}`}
        >
          <StatusSymbol kind={result.passed ? 'ok' : 'down'} />
          <span>
            <strong>{result.monitorName}</strong>: {result.passed ? texts.works : texts.fails}
            {result.passed && (
              <span className="muted">
                {' · '}
                {result.speed.kind === 'slower'
                  ? interpolate(speed.slower, { factor: result.speed.factor })
                  : speed[result.speed.kind]}
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
