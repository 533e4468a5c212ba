import type { ApiErrorCode, SnoozeDuration } from '../../shared/api-contract';
import type { AppState } from '../../shared/app-state';
import type { Language, Locale } from '../../shared/locale';
import { DEFAULT_LOCALE, languageFromLocaleTag } from '../../shared/locale';
import type { ConnectionStatus } from '../api/bridge';
import type { IncidentDetail } from './incident-detail';
import { NO_INCIDENT_DETAIL } from './incident-detail';

/** Which user action is under way, so its button can say so and not be pressed twice. */
export type PendingAction = 'checkAll' | 'language' | 'snooze' | 'resume';

export interface AppStoreState {
  /** The app's latest state; null until the first answer. */
  appState: AppState | null;
  connection: ConnectionStatus;
  selectedIncidentId: string | null;
  /** The selected incident in full, with its timeline. */
  incidentDetail: IncidentDetail;
  pending: Record<PendingAction, boolean>;
  /** The last failed action, shown as translated text until dismissed or the next action. */
  error: ApiErrorCode | null;
  /** The browser's language, used only until the app says what the owner chose. */
  fallbackLocale: Locale;
}

export interface AppStoreActions {
  /** Loads the state and follows every change; returns the function that stops following. */
  start(): () => void;
  checkAllNow(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  snooze(duration: SnoozeDuration): Promise<void>;
  resume(): Promise<void>;
  selectIncident(id: string | null): void;
  /** Fetches the selected incident's timeline; a failed refresh keeps the one already shown. */
  loadIncident(id: string): Promise<void>;
  /** Moves a just-detected incident to "investigating", at most once per incident. */
  startInvestigating(id: string): Promise<void>;
  dismissError(): void;
}

export type AppStore = AppStoreState & AppStoreActions;

export function defaultAppStoreState(browserLanguage?: string): AppStoreState {
  return {
    appState: null,
    connection: 'connecting',
    selectedIncidentId: null,
    incidentDetail: NO_INCIDENT_DETAIL,
    pending: { checkAll: false, language: false, snooze: false, resume: false },
    error: null,
    fallbackLocale: { ...DEFAULT_LOCALE, language: languageFromLocaleTag(browserLanguage) },
  };
}
