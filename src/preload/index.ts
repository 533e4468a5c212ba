import { contextBridge, ipcRenderer } from 'electron';
import type { ApiChannel, ApiRequest, ApiResponses, ApiResult, BackOnlineApi } from '../shared/api-contract';
import type { AppState } from '../shared/app-state';
import { IPC_CHANNELS } from '../shared/ipc-channels';
import type { UpdateStatus } from '../shared/update-status';

// A sandboxed preload: only `electron`'s renderer modules are available, and only the API contract is
// exposed, one function per channel. ipcRenderer itself never reaches the page.

function call<C extends ApiChannel>(channel: C) {
  return (request: ApiRequest<C>) =>
    ipcRenderer.invoke(IPC_CHANNELS.api, channel, request) as Promise<ApiResult<ApiResponses[C]>>;
}

/** Follows one push channel; the IPC event object stays here, the page only ever sees the value. */
function follow<T>(channel: string, listener: (value: T) => void): () => void {
  const forward = (_event: Electron.IpcRendererEvent, value: T) => listener(value);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

/** Spelled out channel by channel, so a channel added to or removed from the contract fails the type check here. */
const backOnlineApi: BackOnlineApi = {
  'state.get': call('state.get'),
  'checks.runNow': call('checks.runNow'),
  'checks.preview': call('checks.preview'),
  'monitoring.snooze': call('monitoring.snooze'),
  'monitoring.resume': call('monitoring.resume'),
  'incidents.list': call('incidents.list'),
  'incidents.get': call('incidents.get'),
  'incidents.setPhase': call('incidents.setPhase'),
  'incidents.addEvent': call('incidents.addEvent'),
  'incidents.resolve': call('incidents.resolve'),
  'monitors.list': call('monitors.list'),
  'monitors.create': call('monitors.create'),
  'monitors.update': call('monitors.update'),
  'monitors.delete': call('monitors.delete'),
  'monitors.history': call('monitors.history'),
  'monitors.uptimeByMonth': call('monitors.uptimeByMonth'),
  'settings.get': call('settings.get'),
  'settings.set': call('settings.set'),
  'app.openExternal': call('app.openExternal'),
  'logs.tail': call('logs.tail'),
  'app.openLog': call('app.openLog'),
  'app.savePdf': call('app.savePdf'),
  'app.updateStatus': call('app.updateStatus'),
  'app.installUpdate': call('app.installUpdate'),
  'app.openDataFolder': call('app.openDataFolder'),
  'app.desktopFeatures': call('app.desktopFeatures'),
  'history.clear': call('history.clear'),
  'system.localThings': call('system.localThings'),
  'guide.get': call('guide.get'),
  'guide.setStep': call('guide.setStep'),
  'guide.setChecklistItem': call('guide.setChecklistItem'),
  'guide.recordFix': call('guide.recordFix'),
  'guide.supportRequestShared': call('guide.supportRequestShared'),
  'guide.checkEverything': call('guide.checkEverything'),
  'guide.restart': call('guide.restart'),
  'guide.resolve': call('guide.resolve'),
  'guide.saveReview': call('guide.saveReview'),
  'messages.log': call('messages.log'),
  'messages.markSent': call('messages.markSent'),
  'messages.copied': call('messages.copied'),
  onStateChanged: (listener: (state: AppState) => void) => follow(IPC_CHANNELS.state, listener),
  onUpdateChanged: (listener: (status: UpdateStatus) => void) => follow(IPC_CHANNELS.update, listener),
};

/** The page reaches the API as `window.backOnline`. */
contextBridge.exposeInMainWorld('backOnline', backOnlineApi);
