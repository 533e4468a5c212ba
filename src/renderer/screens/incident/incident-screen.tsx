import { describeCause } from '../../../shared/diagnosis';
import { StatusSymbol } from '../../components/status-symbol';
import { formatMoment } from '../../format/time';
import { interpolate, useLocale, useTexts } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import { monitorNames } from '../overview/incident-list';

/**
 * One open problem: what is wrong and what to do. This is where the five-step recovery guide will live;
 * for now it shows its first step (identify) and the diagnosed next actions.
 */
export function IncidentScreen({ incidentId }: { incidentId: string }) {
  const texts = useTexts();
  const locale = useLocale();
  const appState = useAppStore((state) => state.appState);
  const selectIncident = useAppStore((state) => state.selectIncident);
  const incident = appState?.openIncidents.find((candidate) => candidate.id === incidentId);
  const back = (
    <button type="button" className="link-button" onClick={() => selectIncident(null)}>
      ← {texts.incident.back}
    </button>
  );
  if (!appState || !incident) {
    return (
      <div className="incident-screen">
        {back}
        <section className="banner banner--ok">
          <StatusSymbol kind="ok" large />
          <div className="banner__text">
            <h1 className="banner__title">{texts.incident.resolvedMeanwhile}</h1>
          </div>
        </section>
      </div>
    );
  }
  const diagnosis = describeCause(incident.cause, incident.details, locale);
  const names = monitorNames(appState, incident);
  const kind = incident.scope === 'offline' ? 'offline' : 'down';
  return (
    <div className="incident-screen">
      {back}
      <section className={`banner banner--${kind}`} aria-live="polite">
        <StatusSymbol kind={kind} large />
        <div className="banner__text">
          <h1 className="banner__title">{diagnosis.title}</h1>
          <p className="banner__next">{diagnosis.explanation}</p>
        </div>
      </section>
      <section className="panel" aria-labelledby="actions-heading">
        <div className="panel__header">
          <h2 id="actions-heading">{texts.incident.whatToDo}</h2>
        </div>
        <ol className="action-list">
          {diagnosis.actions.map((action) => (
            <li key={action}>{action}</li>
          ))}
        </ol>
        <p className="muted">
          {names && `${interpolate(texts.incidents.affects, { names })} · `}
          {interpolate(texts.incidents.started, {
            time: formatMoment(incident.openedAt, appState.generatedAt, locale.language, texts.time),
          })}
          {' · '}
          {texts.incidents.phaseLabel}: {texts.incidents.phase[incident.phase]}
        </p>
        <p>{texts.incident.guideComing}</p>
      </section>
    </div>
  );
}
