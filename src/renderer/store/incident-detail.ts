import type { BackOnlineApi } from '../../shared/api-contract';
import type { Incident } from '../../shared/incident';
import type { AppStore, AppStoreActions } from './app-store-types';
import { NO_GUIDE } from './guide-actions';

/** The selected incident (selectedIncidentId) in full, with its timeline, as last fetched from the app. */
export type IncidentDetail =
  { status: 'none' } | { status: 'loading' } | { status: 'loaded'; incident: Incident };

export const NO_INCIDENT_DETAIL: IncidentDetail = { status: 'none' };

type SetStore = (partial: Partial<AppStore>) => void;
type GetStore = () => AppStore;

/** A timeline only grows, so of two answers the later or longer one is the fresher. */
function isFresher(candidate: Incident, current: Incident): boolean {
  if (candidate.updatedAt !== current.updatedAt) return candidate.updatedAt > current.updatedAt;
  return candidate.timeline.length >= current.timeline.length;
}

/** What opening an incident does: select it, and tell the app the owner has started looking. */
export function incidentDetailActions(
  api: BackOnlineApi,
  set: SetStore,
  get: GetStore,
): Pick<AppStoreActions, 'selectIncident' | 'startInvestigating'> {
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
        ...(id === selectedIncidentId ? {} : { guide: NO_GUIDE }),
        incidentDetail:
          id === null
            ? NO_INCIDENT_DETAIL
            : id === selectedIncidentId
              ? incidentDetail
              : { status: 'loading' },
      });
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
