import { useEffect, useState } from 'react';
import { interpolate } from '../../shared/i18n/interpolate';
import { updateCatalogs } from '../../shared/i18n/updates';
import type { InstallUpdateOutcome, UpdateStatus } from '../../shared/update-status';
import { NO_UPDATE } from '../../shared/update-status';
import { useCatalog } from '../i18n/texts';
import { useAppStore } from '../store/app-store-context';

type Answer = 'none' | 'busy' | InstallUpdateOutcome | 'failed';

/**
 * A calm line once the desktop has downloaded an update, with "Restart to update". Only the desktop says
 * so: web mode answers app.updateStatus with unavailable and never pushes an update, so this stays empty.
 */
export function UpdateBanner() {
  const texts = useCatalog(updateCatalogs).banner;
  const api = useAppStore((state) => state.api);
  const problemOpen = useAppStore((state) => (state.appState?.openIncidents.length ?? 0) > 0);
  const [update, setUpdate] = useState<UpdateStatus>(NO_UPDATE);
  const [answer, setAnswer] = useState<Answer>('none');

  useEffect(() => {
    let current = true;
    const stop = api.onUpdateChanged(setUpdate);
    // A window opened after the download asks; a push that came first is newer than this answer.
    void api['app.updateStatus']({}).then((result) => {
      if (current && result.ok) setUpdate((shown) => (shown.phase === 'ready' ? shown : result.value));
    });
    return () => {
      current = false;
      stop();
    };
  }, [api]);

  if (update.phase !== 'ready') return null;

  async function restart() {
    setAnswer('busy');
    const result = await api['app.installUpdate']({});
    setAnswer(result.ok ? result.value.outcome : 'failed');
  }

  const message =
    answer === 'restarting'
      ? texts.restarting
      : answer === 'on_quit'
        ? texts.postponed
        : answer === 'failed' || answer === 'not_ready'
          ? texts.failed
          : interpolate(problemOpen ? texts.readyDuringProblem : texts.ready, { version: update.version });
  return (
    <div className="notice notice--update" role="status">
      <span>{message}</span>
      {answer !== 'restarting' && (
        <button
          type="button"
          className="button button--small"
          disabled={answer === 'busy'}
          onClick={() => void restart()}
        >
          {texts.restart}
        </button>
      )}
    </div>
  );
}
