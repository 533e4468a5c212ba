import type { ApiHandler } from '../shared/api-contract';
import type { AppState } from '../shared/app-state';
import type { GuideStep } from '../shared/guide/guide-steps';
import type { IncidentEvent } from '../shared/incident';

/** A desktop notification the shell should show; texts are already translated. */
export interface NotificationIntent {
  /** `joined`: one more monitor of an incident the owner was already told about went down too. */
  kind: 'down' | 'joined' | 'recovered' | 'offline' | 'online' | 'certificate_expiring' | 'update_due';
  /** Clicking the notification opens the window at this incident. */
  incidentId: string | null;
  /** …and at this step of its guide, when the notification is about one. */
  step?: GuideStep;
  monitorId: string | null;
  title: string;
  body: string;
  at: number;
}

/** Something the owner must be told at start-up, e.g. that a broken settings file was set aside. */
export interface StartupNotice {
  code: 'settings_corrupt_moved' | 'database_corrupt_moved' | 'config_invalid';
  /** Where the broken file now lies, when it was moved. */
  path?: string;
}

/** Raised when the data folder holds a database written by a newer Back Online; nothing is touched. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly path: string,
    readonly foundVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `database ${path} has schema version ${foundVersion}; this version supports up to ${supportedVersion}`,
    );
  }
}

export type ServiceEvent =
  { type: 'state'; state: AppState } | { type: 'incident'; incidentId: string; event: IncidentEvent };

/** The one object main, web mode and the CLI talk to. */
export interface BackOnlineService extends ApiHandler {
  start(): Promise<void>;
  stop(): Promise<void>;
  getState(): AppState;
  systemSuspended(): void;
  systemResumed(): void;
  onNotification(listener: (notification: NotificationIntent) => void): () => void;
  onEvent(listener: (event: ServiceEvent) => void): () => void;
  readonly startupNotices: StartupNotice[];
}
