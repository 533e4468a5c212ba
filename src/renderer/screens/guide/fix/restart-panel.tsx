import { useState } from 'react';
import type { MonitorState } from '../../../../shared/app-state';
import type { RestartOutcome } from '../../../../shared/guide/restart-outcome';
import { interpolate } from '../../../i18n/texts';
import { useAppStore } from '../../../store/app-store-context';
import { useGuideTexts } from '../guide-context';

/**
 * "Restart now" for a local program or service whose restart command is in the config file. It asks
 * first; the app runs the command without a shell and checks again at once.
 */
export function RestartPanel({ entry }: { entry: MonitorState }) {
  const texts = useGuideTexts().fix;
  const restartMonitor = useAppStore((state) => state.restartMonitor);
  const restarting = useAppStore((state) => state.pending.restart);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<RestartOutcome | null>(null);
  const name = entry.monitor.name;
  const headingId = `restart-${entry.monitor.id}`;

  const restart = async () => {
    setConfirming(false);
    setOutcome(await restartMonitor(entry.monitor.id));
  };
  return (
    <section className="restart-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{interpolate(texts.restartHeading, { name })}</h3>
      <p>{texts.restartIntro}</p>
      {confirming ? (
        <div className="restart-panel__confirm" role="alertdialog" aria-labelledby={`${headingId}-ask`}>
          <p id={`${headingId}-ask`}>{interpolate(texts.confirmRestart, { name })}</p>
          <button type="button" className="button button--primary" onClick={() => void restart()}>
            {texts.confirm}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {texts.cancel}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={restarting}
          onClick={() => setConfirming(true)}
        >
          {restarting ? texts.restarting : interpolate(texts.restart, { name })}
        </button>
      )}
      {outcome && (
        <div role="status" className="restart-panel__outcome">
          <p>
            {interpolate(outcome.recheck?.status === 'up' ? texts.restartWorked : texts.restartFailed, {
              name,
            })}
          </p>
          {outcome.outputTail.length > 0 && (
            <pre className="restart-panel__output">{outcome.outputTail.join('\n')}</pre>
          )}
        </div>
      )}
    </section>
  );
}
