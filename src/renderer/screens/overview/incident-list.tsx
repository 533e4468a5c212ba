import type { AppState } from '../../../shared/app-state';
import { describeCause } from '../../../shared/diagnosis';
import type { IncidentSummary } from '../../../shared/incident';
import { formatMoment } from '../../format/time';
import { interpolate, useLocale, useTexts } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';

export function monitorNames(state: AppState, incident: IncidentSummary): string {
  return incident.monitorIds
    .map((id) => state.monitors.find((entry) => entry.monitor.id === id)?.monitor.name)
    .filter((name): name is string => name !== undefined)
    .join(', ');
}

export function IncidentList() {
  const texts = useTexts();
  const locale = useLocale();
  const appState = useAppStore((state) => state.appState);
  const navigate = useAppStore((state) => state.navigate);
  if (!appState) return null;
  const t = texts.incidents;
  return (
    <section className="panel" aria-labelledby="incidents-heading">
      <div className="panel__header">
        <h2 id="incidents-heading">{t.heading}</h2>
      </div>
      {appState.openIncidents.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <ul className="incident-list">
          {appState.openIncidents.map((incident) => {
            const names = monitorNames(appState, incident);
            return (
              <li key={incident.id} className={`incident incident--${incident.scope}`}>
                <p className="incident__title">
                  {describeCause(incident.cause, incident.details, locale).title}
                </p>
                {names && <p>{interpolate(t.affects, { names })}</p>}
                <p className="muted">
                  {interpolate(t.started, {
                    time: formatMoment(incident.openedAt, appState.generatedAt, locale.language, texts.time),
                  })}
                  {' · '}
                  {t.phaseLabel}: {t.phase[incident.phase]}
                </p>
                <button
                  type="button"
                  className="button"
                  aria-label={interpolate(t.openNamed, {
                    names: names || describeCause(incident.cause, incident.details, locale).title,
                  })}
                  onClick={() => navigate({ page: 'incident', incidentId: incident.id })}
                >
                  {t.open}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
