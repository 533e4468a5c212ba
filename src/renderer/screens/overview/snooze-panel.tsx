import { SNOOZE_DURATIONS } from '../../../shared/api-contract';
import { formatMoment } from '../../format/time';
import { interpolate, useLocale, useTexts } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';

export function SnoozePanel() {
  const texts = useTexts();
  const { language } = useLocale();
  const appState = useAppStore((state) => state.appState);
  const pending = useAppStore((state) => state.pending);
  const snooze = useAppStore((state) => state.snooze);
  const resume = useAppStore((state) => state.resume);
  if (!appState || appState.monitors.length === 0) return null;
  const t = texts.snooze;
  const moment = (at: number) => formatMoment(at, appState.generatedAt, language, texts.time);
  const snoozed = appState.snoozedUntil !== null;
  return (
    <section className="panel" aria-labelledby="snooze-heading">
      <div className="panel__header">
        <h2 id="snooze-heading">{t.heading}</h2>
      </div>
      {snoozed ? (
        <>
          <p>{interpolate(t.pausedUntil, { time: moment(appState.snoozedUntil ?? 0) })}</p>
          <button type="button" className="button" disabled={pending.resume} onClick={() => void resume()}>
            {t.resume}
          </button>
        </>
      ) : (
        <>
          <p>{t.active}</p>
          <div className="button-row" role="group" aria-label={t.pauseFor}>
            <span className="muted">{t.pauseFor}</span>
            {SNOOZE_DURATIONS.map((duration) => (
              <button
                key={duration}
                type="button"
                className="button button--small"
                disabled={pending.snooze}
                onClick={() => void snooze(duration)}
              >
                {t.durations[duration]}
              </button>
            ))}
          </div>
        </>
      )}
      {appState.resumeGraceUntil !== null && appState.resumeGraceUntil > appState.generatedAt && (
        <p className="muted">{interpolate(t.graceUntil, { time: moment(appState.resumeGraceUntil) })}</p>
      )}
    </section>
  );
}
