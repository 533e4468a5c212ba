import { useEffect, useState } from 'react';
import { describeCause } from '../../../shared/diagnosis';
import type { HistoryScreenTexts } from '../../../shared/i18n/history-screen';
import { historyMoreTexts } from '../../../shared/i18n/history-more';
import { historyScreenTexts } from '../../../shared/i18n/history-screen';
import { interpolate } from '../../../shared/i18n/interpolate';
import type { IncidentSummary } from '../../../shared/incident';
import { routeToHash } from '../../../shared/window-route';
import { formatMoment } from '../../format/time';
import { useCatalog, useLocale, useTexts } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';

export function formatDuration(ms: number, texts: HistoryScreenTexts): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return interpolate(texts.minutes, { count: minutes });
  return interpolate(texts.hours, { count: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** Mean time from a problem's start to the first message customers saw; null before any was sent. */
export function meanFirstMessageMs(incidents: readonly IncidentSummary[]): number | null {
  const told = incidents.flatMap((incident) =>
    incident.firstCustomerMessageAt === null ? [] : [incident.firstCustomerMessageAt - incident.openedAt],
  );
  return told.length === 0 ? null : told.reduce((sum, ms) => sum + ms, 0) / told.length;
}

/** Mean time to recover over the resolved incidents; null before the first one is resolved. */
export function meanRecoveryMs(incidents: readonly IncidentSummary[]): number | null {
  const resolved = incidents.flatMap((incident) =>
    incident.resolvedAt === null ? [] : [incident.resolvedAt - incident.openedAt],
  );
  return resolved.length === 0 ? null : resolved.reduce((sum, ms) => sum + ms, 0) / resolved.length;
}

/** Every incident, newest first, with what was wrong and how long it lasted, each linking to its story. */
export function IncidentHistory() {
  const texts = useCatalog(historyScreenTexts);
  const more = useCatalog(historyMoreTexts);
  const ui = useTexts();
  const locale = useLocale();
  const api = useAppStore((state) => state.api);
  const now = useAppStore((state) => state.appState?.generatedAt ?? 0);
  const [incidents, setIncidents] = useState<IncidentSummary[] | null>(null);
  useEffect(() => {
    void api['incidents.list']({ includeResolved: true, limit: 500 }).then((result) => {
      if (result.ok) setIncidents(result.value);
    });
  }, [api]);
  const mean = incidents ? meanRecoveryMs(incidents) : null;
  const meanTold = incidents ? meanFirstMessageMs(incidents) : null;
  return (
    <section className="settings-section" aria-labelledby="history-incidents">
      <h2 id="history-incidents">{texts.incidentsHeading}</h2>
      {incidents === null && <p>{texts.loading}</p>}
      {incidents?.length === 0 && <p>{texts.noIncidents}</p>}
      {mean !== null && <p>{interpolate(texts.meanRecovery, { duration: formatDuration(mean, texts) })}</p>}
      {meanTold !== null && (
        <p>{interpolate(more.meanFirstMessage, { duration: formatDuration(meanTold, texts) })}</p>
      )}
      {incidents && incidents.length > 0 && (
        <table className="history-incidents">
          <thead>
            <tr>
              <th scope="col">{texts.started}</th>
              <th scope="col">{texts.cause}</th>
              <th scope="col">{more.firstMessage}</th>
              <th scope="col">{texts.duration}</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((incident) => (
              <tr key={incident.id}>
                <td>
                  <a href={routeToHash({ page: 'incident', incidentId: incident.id })}>
                    {formatMoment(incident.openedAt, now, locale.language, ui.time)}
                  </a>
                </td>
                <td>{describeCause(incident.cause, incident.details, locale).title}</td>
                <td>
                  {incident.firstCustomerMessageAt === null
                    ? more.notTold
                    : formatDuration(incident.firstCustomerMessageAt - incident.openedAt, texts)}
                </td>
                <td>
                  {incident.resolvedAt === null
                    ? texts.ongoing
                    : formatDuration(incident.resolvedAt - incident.openedAt, texts)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
