import type { BackOnlineApi } from '../../shared/api-contract';
import type { Incident } from '../../shared/incident';
import type { AppStore, AppStoreActions } from './app-store-types';

/** The selected incident (selectedIncidentId) in full, with its timeline, as last fetched from the app. */
export type IncidentDetail =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'loaded'; incident: Incident }
  | { status: 'unavailable' };

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
    if (get().selectedIncidentId !== incident.id) return;
    const current = get().incidentDetail;
    if (current.status === 'loaded' && !isFresher(incident, current.incident)) return;
    set({ incidentDetail: { status: 'loaded', incident } });
  };

  return {
    selectIncident(id) {
      const { selectedIncidentId, incidentDetail } = get();
      set({
        selectedIncidentId: id,
        incidentDetail:
          id === null
            ? NO_INCIDENT_DETAIL
            : id === selectedIncidentId
              ? incidentDetail
              : { status: 'loading' },
      });
    },

    async loadIncident(id) {
      const result = await api['incidents.get']({ id });
      if (result.ok) {
        accept(result.value);
        return;
      }
      // A failed refresh keeps what was already shown; only a first load that fails says so.
      if (get().selectedIncidentId === id && get().incidentDetail.status === 'loading')
        set({ incidentDetail: { status: 'unavailable' } });
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
