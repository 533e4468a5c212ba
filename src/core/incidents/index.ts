export type { IncidentBook } from './book';
export {
  emptyIncidentBook,
  incidentOfGroup,
  incidentOfMonitor,
  OFFLINE_GROUP_KEY,
  openIncidents,
} from './book';
export { CAUSE_PRECEDENCE, mostTellingCause } from './cause-precedence';
export { groupForMonitor, normalizeHost } from './grouping';
export { rehydrate } from './rehydrate';
export { isIncidentInputError, reduceIncidents } from './reduce';
export { renderNotification } from './render-notification';
export { CERTIFICATE_NOTICE_INTERVAL_MS, RECOVERY_WINDOW_MS } from './rules';
export { summarize } from './summarize';
export type {
  ChangedIncident,
  IncidentContext,
  IncidentInput,
  IncidentInputError,
  IncidentReduction,
  MonitorDownInput,
  NotificationDraft,
  OwnerInput,
} from './types';
