import type {
  ApiChannel,
  ApiError,
  ApiParsedRequest,
  ApiResponses,
  ApiResult,
  MonitorHistory,
} from '../../shared/api-contract';
import type { AppState } from '../../shared/app-state';
import type { CheckPreview } from '../../shared/check-preview';
import type { Incident } from '../../shared/incident';
import type { Monitor, MonitorChanges, MonitorInput } from '../../shared/monitor';
import type { Settings } from '../../shared/settings';
import type { IncidentInputError, OwnerInput } from '../incidents';
import { snoozeEnd } from '../scheduler';
import type { GuideChannel } from './guide-handlers';

/** What the handlers need from the service; kept narrow so the channel map reads as the contract. */
export interface ServiceOperations {
  now(): number;
  recentLogLines(count: number): string[];
  state(): AppState;
  checkNow(monitorId?: string): Promise<void>;
  snooze(until: number): void;
  resumeAlerts(): void;
  listIncidents(options: { includeResolved?: boolean; limit?: number }): ApiResponses['incidents.list'];
  getIncident(id: string): Incident | null;
  applyOwnerInput(input: OwnerInput): { incident: Incident } | IncidentInputError;
  markMessageSent(
    request: ApiParsedRequest<'messages.markSent'>,
  ): { incident: Incident } | IncidentInputError;
  messageCopied(request: ApiParsedRequest<'messages.copied'>): { incident: Incident } | IncidentInputError;
  messageLog(incidentId: string): ApiResponses['messages.log'];
  listMonitors(): Monitor[];
  getMonitor(id: string): Monitor | null;
  createMonitor(input: MonitorInput): Monitor;
  updateMonitor(id: string, changes: MonitorChanges): Monitor | null;
  deleteMonitor(id: string): boolean;
  previewCheck(request: ApiParsedRequest<'checks.preview'>): Promise<ApiResult<CheckPreview>>;
  history(id: string, range: ApiParsedRequest<'monitors.history'>['range']): MonitorHistory;
  monthlyUptime(id: string): ApiResponses['monitors.uptimeByMonth'];
  clearHistory(): ApiResponses['history.clear'];
  localThings(): Promise<ApiResponses['system.localThings']>;
  settings(): Settings;
  updateSettings(changes: ApiParsedRequest<'settings.set'>): Promise<ApiResult<Settings>>;
}

type Handlers = {
  [C in ApiChannel]: (
    request: ApiParsedRequest<C>,
  ) => Promise<ApiResult<ApiResponses[C]>> | ApiResult<ApiResponses[C]>;
};

/** Enough for an IT partner to see what led up to a problem, short enough to paste into a mail. */
const DEFAULT_LOG_LINES = 50;

const ok = <T>(value: T): ApiResult<T> => ({ ok: true, value });
const fail = (code: ApiError['code']): { ok: false; error: ApiError } => ({ ok: false, error: { code } });

function ownerResult(result: { incident: Incident } | IncidentInputError): ApiResult<Incident> {
  if ('error' in result) return fail(result.error === 'not_found' ? 'not_found' : 'not_allowed');
  return ok(result.incident);
}

/** Every channel but the guide's, which guide-handlers answers. */
export function createApiHandlers(ops: ServiceOperations): Omit<Handlers, GuideChannel> {
  return {
    'state.get': () => ok(ops.state()),
    'checks.runNow': async ({ monitorId }) => {
      if (monitorId !== undefined && !ops.getMonitor(monitorId)) return fail('not_found');
      await ops.checkNow(monitorId);
      return ok(ops.state());
    },
    'checks.preview': (request) => ops.previewCheck(request),
    'monitoring.snooze': ({ duration }) => {
      ops.snooze(snoozeEnd(duration, ops.now()));
      return ok(ops.state());
    },
    'monitoring.resume': () => {
      ops.resumeAlerts();
      return ok(ops.state());
    },
    'incidents.list': (request) => ok(ops.listIncidents(request)),
    'incidents.get': ({ id }) => {
      const incident = ops.getIncident(id);
      return incident ? ok(incident) : fail('not_found');
    },
    'incidents.setPhase': ({ id, phase }) =>
      ownerResult(ops.applyOwnerInput({ kind: 'set_phase', at: ops.now(), incidentId: id, phase })),
    'incidents.addEvent': ({ id, type, text }) =>
      ownerResult(ops.applyOwnerInput({ kind: 'add_event', at: ops.now(), incidentId: id, type, text })),
    'incidents.resolve': ({ id, note }) =>
      ownerResult(
        ops.applyOwnerInput(
          note === undefined
            ? { kind: 'resolve', at: ops.now(), incidentId: id }
            : { kind: 'resolve', at: ops.now(), incidentId: id, note },
        ),
      ),
    'monitors.list': () => ok(ops.listMonitors()),
    'monitors.create': (input) => ok(ops.createMonitor(input)),
    'monitors.update': ({ id, changes }) => {
      const monitor = ops.updateMonitor(id, changes);
      return monitor ? ok(monitor) : fail('not_found');
    },
    'monitors.delete': ({ id }) => (ops.deleteMonitor(id) ? ok(null) : fail('not_found')),
    'monitors.history': ({ id, range }) =>
      ops.getMonitor(id) ? ok(ops.history(id, range)) : fail('not_found'),
    'monitors.uptimeByMonth': ({ id }) =>
      ops.getMonitor(id) ? ok(ops.monthlyUptime(id)) : fail('not_found'),
    'settings.get': () => ok(ops.settings()),
    'settings.set': (changes) => ops.updateSettings(changes),
    // Opening links belongs to the shell (Electron's allow-listed shell.openExternal, or the browser itself).
    'app.openExternal': () => fail('unavailable'),
    'logs.tail': ({ lines }) => ok({ lines: ops.recentLogLines(lines ?? DEFAULT_LOG_LINES) }),
    // Only the desktop shell can show a file or start at login; main answers these channels itself.
    'app.openLog': () => fail('unavailable'),
    'app.savePdf': () => fail('unavailable'),
    // Only the desktop updates itself; main answers these, web mode and the CLI have no updater.
    'app.updateStatus': () => fail('unavailable'),
    'app.installUpdate': () => fail('unavailable'),
    'app.openDataFolder': () => fail('unavailable'),
    'app.desktopFeatures': () => ok({ startAtLogin: false, openDataFolder: false, openLog: false }),
    'history.clear': () => ok(ops.clearHistory()),
    'system.localThings': async () => ok(await ops.localThings()),
    'messages.log': ({ incidentId }) =>
      ops.getIncident(incidentId) ? ok(ops.messageLog(incidentId)) : fail('not_found'),
    'messages.markSent': (request) => ownerResult(ops.markMessageSent(request)),
    'messages.copied': (request) => ownerResult(ops.messageCopied(request)),
  };
}
