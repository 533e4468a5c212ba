import type { BackOnlineApi } from '../../shared/api-contract';
import type { Incident } from '../../shared/incident';
import type { AppStore, AppStoreActions } from './app-store-types';

/** The incident the owner has open, in full with its timeline, as last fetched from the app. */
export type IncidentDetail =
  | { status: 'none' }
  | { status: 'loading'; id: string }
  | { status: 'loaded'; id: string; incident: Incident }
  | { status: 'unavailable'; id: string };

export const NO_INCIDENT_DETAIL: IncidentDetail = { status: 'none' };

type SetStore = (partial: Partial<AppStore>) => void;
type GetStore = () => AppStore;

/** A timeline only grows, so of two answers the later or longer one is the fresher. */
function isFresher(candidate: Incident, current: Incident): boolean {
  if (candidate.updatedAt !== current.updatedAt) return candidate.updatedAt > current.updatedAt;
  return candidate.timeline.length >= current.timeline.length;
}

/** What opening an incident does: fetch its timeline, and tell the app the owner has started looking. */
export function incidentDetailActions(
  api: BackOnlineApi,
  set: SetStore,
  get: GetStore,
): Pick<AppStoreActions, 'selectIncident' | 'loadIncident' | 'startInvestigating'> {
  /** Asked once per incident per window: re-renders, remounts and StrictMode must not repeat it. */
  const askedToInvestigate = new Set<string>();

  const accept = (incident: Incident) => {
    const current = get().incidentDetail;
    if (get().selectedIncidentId !== incident.id) return;
    if (current.status === 'loaded' && current.id === incident.id && !isFresher(incident, current.incident))
      return;
    set({ incidentDetail: { status: 'loaded', id: incident.id, incident } });
  };

  return {
    selectIncident(id) {
      const current = get().incidentDetail;
      const keep = id !== null && current.status !== 'none' && current.id === id;
      set({
        selectedIncidentId: id,
        incidentDetail: keep ? current : id === null ? NO_INCIDENT_DETAIL : { status: 'loading', id },
      });
    },

    async loadIncident(id) {
      const result = await api['incidents.get']({ id });
      if (result.ok) {
        accept(result.value);
        return;
      }
      const current = get().incidentDetail;
      // A failed refresh keeps what was already shown; only a first load that fails says so.
      if (get().selectedIncidentId === id && current.status === 'loading' && current.id === id)
        set({ incidentDetail: { status: 'unavailable', id } });
    },

    async startInvestigating(id) {
      if (askedToInvestigate.has(id)) return;
      askedToInvestigate.add(id);
      // A refusal changes nothing the owner needs to know about: the guide works in any phase.
      const result = await api['incidents.setPhase']({ id, phase: 'investigating' });
      if (result.ok) accept(result.value);
    },
  };
}
