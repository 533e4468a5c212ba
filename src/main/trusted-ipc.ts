import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcMain } from 'electron';
import type { IsAppUrl } from './security';

/**
 * A message is trusted only when it comes from the app's own window (that exact web contents), from its
 * top frame, and that frame shows the app's own origin, not a page it was somehow navigated to.
 */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  expected: WebContents | null,
  isAppUrl: IsAppUrl,
): boolean {
  const frame = event.senderFrame;
  return (
    expected !== null &&
    event.sender === expected &&
    frame !== null &&
    frame === expected.mainFrame &&
    isAppUrl(frame.url)
  );
}

/**
 * The only place that touches ipcMain: every handler goes through the sender check first, and an
 * untrusted sender gets `untrusted()`'s answer without the handler ever running.
 */
export function handleTrusted(
  channel: string,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  untrusted: () => unknown,
  handler: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>,
): () => void {
  ipcMain.handle(channel, (event, ...args: unknown[]) =>
    isTrusted(event) ? handler(event, ...args) : untrusted(),
  );
  return () => ipcMain.removeHandler(channel);
}
