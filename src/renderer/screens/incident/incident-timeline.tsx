import type { IncidentDetail } from '../../store/incident-detail';
import { useLocale, useTexts } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import { timelineLines, timelineNames } from './timeline-lines';

/** What has happened so far, one calm line per event, newest last. */
export function IncidentTimeline({ detail, now }: { detail: IncidentDetail; now: number }) {
  const texts = useTexts();
  const locale = useLocale();
  const appState = useAppStore((state) => state.appState);
  const t = texts.incident.timeline;
  if (detail.status === 'none') return null;
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <div className="panel__header">
        <h2 id="timeline-heading">{t.heading}</h2>
      </div>
      {detail.status === 'loading' && <p className="muted">{t.loading}</p>}
      {detail.status === 'loaded' && (
        <ol className="timeline">
          {timelineLines(detail.incident, timelineNames(detail.incident, appState), texts, locale, now).map(
            (line) => (
              <li key={line.key} className="timeline__event">
                <time className="timeline__time" dateTime={new Date(line.at).toISOString()}>
                  {line.time}
                </time>
                <span
                  className="timeline__text"
                  lang={line.language === locale.language ? undefined : line.language}
                >
                  {line.text}
                </span>
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
