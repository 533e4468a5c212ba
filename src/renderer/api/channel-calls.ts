import type {
  ApiChannel,
  ApiRequest,
  ApiResponses,
  ApiResult,
  BackOnlineApi,
} from '../../shared/api-contract';

/** One transport call: the channel, its request, and the result it promises. */
export type ChannelCall = <C extends ApiChannel>(
  channel: C,
  request: ApiRequest<C>,
) => Promise<ApiResult<ApiResponses[C]>>;

export type ChannelCalls = Omit<BackOnlineApi, 'onStateChanged' | 'onUpdateChanged'>;

/**
 * Every channel spelled out once, so a channel added to the contract but not here fails the type check of
 * both bridges instead of going missing at run time.
 */
export function channelCalls(call: ChannelCall): ChannelCalls {
  return {
    'state.get': (request) => call('state.get', request),
    'checks.runNow': (request) => call('checks.runNow', request),
    'checks.preview': (request) => call('checks.preview', request),
    'monitoring.snooze': (request) => call('monitoring.snooze', request),
    'monitoring.resume': (request) => call('monitoring.resume', request),
    'incidents.list': (request) => call('incidents.list', request),
    'incidents.get': (request) => call('incidents.get', request),
    'incidents.setPhase': (request) => call('incidents.setPhase', request),
    'incidents.addEvent': (request) => call('incidents.addEvent', request),
    'incidents.resolve': (request) => call('incidents.resolve', request),
    'monitors.list': (request) => call('monitors.list', request),
    'monitors.create': (request) => call('monitors.create', request),
    'monitors.update': (request) => call('monitors.update', request),
    'monitors.delete': (request) => call('monitors.delete', request),
    'monitors.history': (request) => call('monitors.history', request),
    'monitors.uptimeByMonth': (request) => call('monitors.uptimeByMonth', request),
    'settings.get': (request) => call('settings.get', request),
    'settings.set': (request) => call('settings.set', request),
    'app.openExternal': (request) => call('app.openExternal', request),
    'logs.tail': (request) => call('logs.tail', request),
    'app.openLog': (request) => call('app.openLog', request),
    'app.savePdf': (request) => call('app.savePdf', request),
    'app.updateStatus': (request) => call('app.updateStatus', request),
    'app.installUpdate': (request) => call('app.installUpdate', request),
    'app.openDataFolder': (request) => call('app.openDataFolder', request),
    'app.desktopFeatures': (request) => call('app.desktopFeatures', request),
    'history.clear': (request) => call('history.clear', request),
    'system.localThings': (request) => call('system.localThings', request),
    'guide.get': (request) => call('guide.get', request),
    'guide.setStep': (request) => call('guide.setStep', request),
    'guide.setChecklistItem': (request) => call('guide.setChecklistItem', request),
    'guide.recordFix': (request) => call('guide.recordFix', request),
    'guide.supportRequestShared': (request) => call('guide.supportRequestShared', request),
    'guide.checkEverything': (request) => call('guide.checkEverything', request),
    'guide.restart': (request) => call('guide.restart', request),
    'guide.resolve': (request) => call('guide.resolve', request),
    'guide.saveReview': (request) => call('guide.saveReview', request),
    'messages.log': (request) => call('messages.log', request),
    'messages.markSent': (request) => call('messages.markSent', request),
    'messages.copied': (request) => call('messages.copied', request),
  };
}

export const UNAVAILABLE = { ok: false, error: { code: 'unavailable' } } as const satisfies ApiResult<never>;
