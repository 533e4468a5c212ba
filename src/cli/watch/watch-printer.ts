import type { AppState } from '../../shared/app-state';
import type { IncidentEvent, IncidentSummary } from '../../shared/incident';
import { incidentMonitorNames } from '../../shared/incident-events';
import type { WatchTexts } from '../../shared/i18n/cli-watch';
import type { Locale } from '../../shared/locale';
import type { ServiceEvent } from '../../core/service-contract';
import type { Style } from '../output/style';
import { stateChanges } from './state-changes';
import { changeJson, incidentJson, jsonLine } from './watch-json';
import { changeLine, incidentLine } from './watch-lines';

type IncidentGroup = Pick<IncidentSummary, 'scope' | 'monitorIds'>;

export interface WatchPrinterOptions {
  write(text: string): void;
  texts: WatchTexts;
  locale: Locale;
  json: boolean;
  style: Style;
  /** The open incidents right now, for an event of an incident no snapshot has shown yet. */
  openIncidents(): IncidentSummary[];
}

/**
 * Turns the service's events into `watch` lines. Monitor changes come from comparing state snapshots;
 * incident events arrive one by one, before the snapshot that shows their effect.
 */
export class WatchPrinter {
  private previous: AppState | null = null;
  private readonly groups = new Map<string, IncidentGroup>();
  private readonly names = new Map<string, string>();

  constructor(private readonly options: WatchPrinterOptions) {}

  handle(event: ServiceEvent): void {
    if (event.type === 'state') this.state(event.state);
    else this.incident(event.incidentId, event.event);
  }

  state(state: AppState): void {
    const { write, texts, locale, json, style } = this.options;
    for (const { monitor } of state.monitors) this.names.set(monitor.id, monitor.name);
    this.remember(state.openIncidents);
    for (const change of stateChanges(this.previous, state)) {
      if (!json) write(changeLine(change, texts, locale, style));
      else {
        const line = changeJson(change, locale);
        if (line) write(jsonLine(line));
      }
    }
    this.previous = state;
  }

  incident(incidentId: string, event: IncidentEvent): void {
    const { write, texts, locale, json, style } = this.options;
    if (json) {
      write(jsonLine(incidentJson(incidentId, event)));
      return;
    }
    if (!this.groups.has(incidentId)) this.remember(this.options.openIncidents());
    const known = this.groups.get(incidentId) ?? { scope: 'site', monitorIds: [] };
    // a monitor joining is told before the snapshot that lists it: it belongs in the name already
    const joining = event.monitorId !== undefined && !known.monitorIds.includes(event.monitorId);
    const group =
      joining && known.scope !== 'offline'
        ? { ...known, monitorIds: [...known.monitorIds, event.monitorId!] }
        : known;
    this.groups.set(incidentId, group);
    write(
      incidentLine(
        group,
        event,
        incidentMonitorNames({ timeline: [event] }, this.names),
        texts,
        locale,
        style,
      ),
    );
    if (event.type === 'resolved') this.groups.delete(incidentId);
  }

  private remember(incidents: readonly IncidentSummary[]): void {
    for (const { id, scope, monitorIds } of incidents) this.groups.set(id, { scope, monitorIds });
  }
}
