import type { ApiError, BackOnlineApi, SnoozeDuration } from '../../shared/api-contract';
import type { AppState } from '../../shared/app-state';
import type { Language, Locale } from '../../shared/locale';
import { DEFAULT_LOCALE, languageFromLocaleTag } from '../../shared/locale';
import type { WindowRoute } from '../../shared/window-route';
import type { ConnectionStatus } from '../api/bridge';
import type { GuideChecklistItem, GuideStep } from '../../shared/guide/guide-steps';
import type { ActionItem, FixOutcome, ReviewAnswers } from '../../shared/guide/guide-progress';
import type { FixStepId } from '../../shared/guide/fix-guides/fix-step-ids';
import type { RestartOutcome } from '../../shared/guide/restart-outcome';
import type { SupportRequestWay } from '../../shared/guide/guide-events';
import type { DiagnosisContactRole } from '../../shared/diagnosis';
import type { GuideDetail } from './guide-actions';
import { NO_GUIDE } from './guide-actions';
import type { IncidentDetail } from './incident-detail';
import { NO_INCIDENT_DETAIL } from './incident-detail';
import type { SettingsSlice } from './settings-slice';

/** Which user action is under way, so its button can say so and not be pressed twice. */
export type PendingAction =
  | 'checkAll'
  | 'language'
  | 'snooze'
  | 'resume'
  | 'guideMove'
  | 'checkEverything'
  | 'restart'
  | 'resolve'
  | 'saveReview';

export interface AppStoreState {
  /** The app's latest state; null until the first answer. */
  appState: AppState | null;
  connection: ConnectionStatus;
  /** The page shown, as the address says (route-location.ts). */
  route: WindowRoute;
  /** The incident the route shows, if any. */
  selectedIncidentId: string | null;
  /** The selected incident in full, with its timeline. */
  incidentDetail: IncidentDetail;
  /** The selected incident's recovery guide: where the owner is and what they did. */
  guide: GuideDetail;
  pending: Record<PendingAction, boolean>;
  /** The last failed action, shown as translated text until dismissed or the next action. */
  error: ApiError | null;
  /** The browser's language, used only until the app says what the owner chose. */
  fallbackLocale: Locale;
}

export interface AppStoreActions {
  /** The app's contract, for reads a screen keeps to itself (a chart's history, the contacts). */
  readonly api: BackOnlineApi;
  /** Loads the state and follows every change; returns the function that stops following. */
  start(): () => void;
  checkAllNow(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  snooze(duration: SnoozeDuration): Promise<void>;
  resume(): Promise<void>;
  /** Goes to a page through the address, so back and forward return to where the owner was. */
  navigate(route: WindowRoute): void;
  /** Makes the current address more precise without a new history entry (an incident's step). */
  replaceRoute(route: WindowRoute): void;
  selectIncident(id: string | null): void;
  /** Moves a just-detected incident to "investigating", at most once per incident. */
  startInvestigating(id: string): Promise<void>;
  loadGuide(incidentId: string): Promise<void>;
  setGuideStep(incidentId: string, step: GuideStep): Promise<void>;
  setChecklistItem(incidentId: string, item: GuideChecklistItem, done: boolean, note?: string): Promise<void>;
  recordFix(incidentId: string, fixId: FixStepId, outcome: FixOutcome): Promise<void>;
  /** Notes in the timeline that the prepared support request went out, to whom and how. */
  shareSupportRequest(incidentId: string, role: DiagnosisContactRole, way: SupportRequestWay): Promise<void>;
  checkEverything(incidentId: string): Promise<void>;
  /** Runs the monitor's restart command (from the config file); null when the app refused. */
  restartMonitor(monitorId: string): Promise<RestartOutcome | null>;
  resolveFromGuide(incidentId: string, reason?: string): Promise<void>;
  saveReview(incidentId: string, answers: ReviewAnswers, actionItems: ActionItem[]): Promise<void>;
  dismissError(): void;
}

export type AppStore = AppStoreState & AppStoreActions & SettingsSlice;

export function defaultAppStoreState(browserLanguage?: string): AppStoreState {
  return {
    appState: null,
    connection: 'connecting',
    route: { page: 'home' },
    selectedIncidentId: null,
    incidentDetail: NO_INCIDENT_DETAIL,
    guide: NO_GUIDE,
    pending: {
      checkAll: false,
      language: false,
      snooze: false,
      resume: false,
      guideMove: false,
      checkEverything: false,
      restart: false,
      resolve: false,
      saveReview: false,
    },
    error: null,
    fallbackLocale: { ...DEFAULT_LOCALE, language: languageFromLocaleTag(browserLanguage) },
  };
}
