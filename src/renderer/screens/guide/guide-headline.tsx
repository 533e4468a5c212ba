import type { AppState, MonitorState } from '../../../shared/app-state';
import { describeCause } from '../../../shared/diagnosis';
import type { GuideView } from '../../../shared/guide/guide-view';
import type { IncidentSummary } from '../../../shared/incident';
import { StatusSymbol } from '../../components/status-symbol';
import { formatMoment } from '../../format/time';
import { interpolate, plural, useLocale, useTexts } from '../../i18n/texts';
import { useAppStore } from '../../store/app-store-context';
import { monitorNames } from '../overview/incident-list';
import { isRecovered, listNames, useAffectedMonitors, useGuideTexts } from './guide-context';

/** When the incident's monitors started answering again: the latest check that passed. */
function recoveredAt(view: GuideView): number | null {
  const passed = view.incident.timeline.filter((event) => event.type === 'check_passed');
  return passed.at(-1)?.at ?? null;
}

function MonitorDiagnosis({ entry, now }: { entry: MonitorState; now: number }) {
  const texts = useGuideTexts();
  const ui = useTexts();
  const locale = useLocale();
  const works = entry.status === 'up';
  const diagnosis = describeCause(entry.cause, entry.lastResult?.details ?? {}, locale);
  return (
    <li className={`affected__item affected__item--${works ? 'up' : 'down'}`}>
      <StatusSymbol kind={works ? 'ok' : entry.status === 'degraded' ? 'degraded' : 'down'} />
      <span>
        <strong>{entry.monitor.name}</strong>: {works ? texts.frame.monitorWorks : diagnosis.title}
        {entry.since !== null && (
          <span className="muted">
            {' '}
            (
            {interpolate(texts.frame.since, {
              time: formatMoment(entry.since, now, locale.language, ui.time),
            })}
            )
          </span>
        )}
      </span>
    </li>
  );
}

/** The other open problems, so opening one never hides the rest. */
function OtherProblems({ others, appState }: { others: IncidentSummary[]; appState: AppState }) {
  const texts = useGuideTexts();
  const locale = useLocale();
  const navigate = useAppStore((state) => state.navigate);
  const first = others[0];
  if (!first) return null;
  const names = monitorNames(appState, first) || describeCause(first.cause, first.details, locale).title;
  return (
    <div className="notice notice--warning other-problems" role="note">
      <p>
        {plural(texts.frame.otherProblems, others.length, {
          title: describeCause(first.cause, first.details, locale).title,
        })}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => navigate({ page: 'incident', incidentId: first.id })}
      >
        {interpolate(texts.frame.openOther, { names })}
      </button>
    </div>
  );
}

/** The top of the guide: what is broken (each monitor its own diagnosis), or that it works again. */
export function GuideHeadline({ view, appState }: { view: GuideView; appState: AppState }) {
  const texts = useGuideTexts();
  const ui = useTexts();
  const locale = useLocale();
  const monitors = useAffectedMonitors(view, appState);
  const now = appState.generatedAt;
  const { incident } = view;
  const names = listNames(
    monitors.map((entry) => entry.monitor.name),
    locale.language,
  );
  const resolved = incident.resolvedAt !== null;
  const recovered = isRecovered(view, appState);
  const time = (at: number) => formatMoment(at, now, locale.language, ui.time);
  const others = appState.openIncidents.filter((candidate) => candidate.id !== incident.id);
  const diagnosis = describeCause(incident.cause, incident.details, locale);

  const kind = recovered ? 'ok' : incident.scope === 'offline' ? 'offline' : 'down';
  const title = resolved
    ? texts.resolved.title
    : recovered
      ? interpolate(texts.recovered.title, { names: names || diagnosis.title })
      : monitors.length > 1
        ? names
        : diagnosis.title;
  const since = recoveredAt(view);
  return (
    <>
      <section className={`banner banner--${kind}`} aria-live="polite" data-testid="guide-headline">
        <StatusSymbol kind={kind} large />
        <div className="banner__text">
          <h1 className="banner__title">{title}</h1>
          {resolved && incident.resolvedAt !== null && (
            <p className="banner__next">
              {interpolate(texts.resolved.body, { time: time(incident.resolvedAt) })}
            </p>
          )}
          {!resolved && recovered && (
            <>
              <p className="banner__next">
                {interpolate(texts.recovered.body, { time: time(since ?? incident.updatedAt) })}
              </p>
              <p className="banner__next">{texts.recovered.solvedLater}</p>
            </>
          )}
          {!recovered && monitors.length <= 1 && <p className="banner__next">{diagnosis.explanation}</p>}
          {monitors.length > 0 && (
            <div className="affected">
              <h2 className="affected__heading">{texts.frame.affected}</h2>
              <ul className="affected__list">
                {monitors.map((entry) => (
                  <MonitorDiagnosis key={entry.monitor.id} entry={entry} now={now} />
                ))}
              </ul>
            </div>
          )}
        </div>
      </section>
      <OtherProblems others={others} appState={appState} />
    </>
  );
}
