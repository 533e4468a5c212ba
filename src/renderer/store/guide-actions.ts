import type { ApiResult, BackOnlineApi } from '../../shared/api-contract';
import type { GuideView } from '../../shared/guide/guide-view';
import type { RestartOutcome } from '../../shared/guide/restart-outcome';
import type { AppStore, AppStoreActions, PendingAction } from './app-store-types';

/** The guide of the selected incident, as last fetched from the app; the app keeps the progress. */
export type GuideDetail =
  | { status: 'none' }
  | { status: 'loading'; incidentId: string }
  | { status: 'loaded'; view: GuideView }
  | { status: 'unavailable'; incidentId: string };

export const NO_GUIDE: GuideDetail = { status: 'none' };

type SetStore = (partial: Partial<AppStore>) => void;
type GetStore = () => AppStore;
export type Perform = <T>(
  action: PendingAction,
  run: () => Promise<ApiResult<T>>,
  onSuccess: (value: T) => void,
) => Promise<void>;

export type GuideActions = Pick<
  AppStoreActions,
  | 'loadGuide'
  | 'setGuideStep'
  | 'setChecklistItem'
  | 'recordFix'
  | 'shareSupportRequest'
  | 'checkEverything'
  | 'restartMonitor'
  | 'resolveFromGuide'
  | 'saveReview'
>;

/** Every guide move goes to the app, which answers the whole guide again; the window keeps no copy. */
export function guideActions(
  api: BackOnlineApi,
  set: SetStore,
  get: GetStore,
  perform: Perform,
): GuideActions {
  const accept = (view: GuideView) => {
    if (get().selectedIncidentId !== view.incident.id) return;
    set({
      guide: { status: 'loaded', view },
      incidentDetail: { status: 'loaded', incident: view.incident },
    });
  };

  return {
    async loadGuide(incidentId) {
      const current = get().guide;
      const shown = current.status === 'loaded' && current.view.incident.id === incidentId;
      if (!shown) set({ guide: { status: 'loading', incidentId } });
      const result = await api['guide.get']({ incidentId });
      if (result.ok) accept(result.value);
      else if (!shown && get().selectedIncidentId === incidentId)
        set({ guide: { status: 'unavailable', incidentId } });
    },

    setGuideStep: (incidentId, step) =>
      perform('guideMove', () => api['guide.setStep']({ incidentId, step }), accept),

    setChecklistItem: (incidentId, item, done, note) =>
      perform(
        'guideMove',
        () => api['guide.setChecklistItem']({ incidentId, item, done, ...(note ? { note } : {}) }),
        accept,
      ),

    recordFix: (incidentId, fixId, outcome) =>
      perform('guideMove', () => api['guide.recordFix']({ incidentId, fixId, outcome }), accept),

    shareSupportRequest: (incidentId, role, way) =>
      perform('guideMove', () => api['guide.supportRequestShared']({ incidentId, role, way }), accept),

    checkEverything: (incidentId) =>
      perform(
        'checkEverything',
        () => api['guide.checkEverything']({ incidentId }),
        () => void get().loadGuide(incidentId),
      ),

    async restartMonitor(monitorId) {
      let outcome: RestartOutcome | null = null;
      await perform(
        'restart',
        () => api['guide.restart']({ monitorId }),
        (value) => (outcome = value),
      );
      const incidentId = get().selectedIncidentId;
      if (incidentId) await get().loadGuide(incidentId);
      return outcome;
    },

    resolveFromGuide: (incidentId, reason) =>
      perform('resolve', () => api['guide.resolve']({ incidentId, ...(reason ? { reason } : {}) }), accept),

    saveReview: (incidentId, answers, actionItems) =>
      perform('saveReview', () => api['guide.saveReview']({ incidentId, answers, actionItems }), accept),
  };
}
