import { useEffect } from 'react';
import { describeCause } from '../../../shared/diagnosis';
import type { IncidentPhase, IncidentSummary } from '../../../shared/incident';
import { StatusSymbol } from '../../components/status-symbol';
import { formatMoment } from '../../format/time';
import { interpolate, useLocale, useTexts } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import type { IncidentDetail } from '../../store/incident-detail';
import { monitorNames } from '../overview/incident-list';
import { Composer } from '../guide/communicate/composer';
import { IncidentTimeline } from './incident-timeline';

/** The fetched incident is newer than the live summary right after the owner changed it. */
function currentPhase(summary: IncidentSummary, detail: IncidentDetail): IncidentPhase {
  if (detail.status === 'loaded' && detail.incident.updatedAt > summary.updatedAt)
    return detail.incident.phase;
  return summary.phase;
}

/**
 * One open problem: what is wrong, what to do, and what happened so far. This is where the five-step
 * recovery guide will live; for now it shows its first step (identify) and the diagnosed next actions.
 */
export function IncidentScreen({ incidentId }: { incidentId: string }) {
  const texts = useTexts();
  const locale = useLocale();
  const appState = useAppStore((state) => state.appState);
  const detail = useAppStore((state) => state.incidentDetail);
  const navigate = useAppStore((state) => state.navigate);
  const loadIncident = useAppStore((state) => state.loadIncident);
  const startInvestigating = useAppStore((state) => state.startInvestigating);
  const incident = appState?.openIncidents.find((candidate) => candidate.id === incidentId);
  const phase = incident?.phase;

  // The live summary changes whenever the timeline grows (or the incident closes): fetch it again then.
  useEffect(() => {
    void loadIncident(incidentId);
  }, [loadIncident, incidentId, incident?.updatedAt, incident?.eventCount]);
  // Opening a just-detected incident means the owner has started looking (Statuspage's "investigating").
  useEffect(() => {
    if (phase === 'detected') void startInvestigating(incidentId);
  }, [startInvestigating, incidentId, phase]);

  const back = (
    <button type="button" className="link-button" onClick={() => navigate({ page: 'home' })}>
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
            <h1 className="banner__title" data-route-heading>{texts.incident.resolvedMeanwhile}</h1>
          </div>
        </section>
        <Composer incidentId={incidentId} />
        {appState && detail.status === 'loaded' && (
          <IncidentTimeline detail={detail} now={appState.generatedAt} />
        )}
      </div>
    );
  }
  const now = appState.generatedAt;
  const diagnosis = describeCause(incident.cause, incident.details, locale);
  const names = monitorNames(appState, incident);
  const kind = incident.scope === 'offline' ? 'offline' : 'down';
  return (
    <div className="incident-screen">
      {back}
      <section className={`banner banner--${kind}`} aria-live="polite">
        <StatusSymbol kind={kind} large />
        <div className="banner__text">
          <h1 className="banner__title" data-route-heading>{diagnosis.title}</h1>
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
        <p className="muted" data-testid="incident-status">
          {names && `${interpolate(texts.incidents.affects, { names })} · `}
          {interpolate(texts.incidents.started, {
            time: formatMoment(incident.openedAt, now, locale.language, texts.time),
          })}
          {' · '}
          {texts.incidents.phaseLabel}: {texts.incidents.phase[currentPhase(incident, detail)]}
        </p>
        <p>{texts.incident.guideComing}</p>
      </section>
      <Composer incidentId={incidentId} />
      <IncidentTimeline detail={detail} now={now} />
    </div>
  );
}
