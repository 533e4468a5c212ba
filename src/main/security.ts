import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { allowedExternalUrl } from './external-links';

export type IsAppUrl = (url: string) => boolean;

/**
 * The window may only ever show the app's own pages. A link to anything else opens in the owner's
 * browser when it is on the external allow-list and is dropped otherwise.
 */
export function hardenWebContents(
  contents: WebContents,
  isAppUrl: IsAppUrl,
  openExternal: (url: string) => void,
): void {
  const leaveForBrowser = (url: string) => {
    if (allowedExternalUrl(url) !== null) openExternal(url);
  };
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    leaveForBrowser(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    leaveForBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies hardenWebContents to every web contents the app ever creates, including ones it did not ask for. */
export function hardenAllWebContents(
  app: App,
  isAppUrl: IsAppUrl,
  openExternal: (url: string) => void,
): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isAppUrl, openExternal));
}

/**
 * The only permission granted is writing to the clipboard from the app's own page: the recovery guide's
 * "copy this message" buttons need it. Everything else (camera, location, notifications from the page,
 * devices, …) is refused; the shell shows notifications itself.
 */
function isPermissionGranted(permission: string, requestingUrl: string, isAppUrl: IsAppUrl): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

const REMOTE_SCHEMES = /^(https?|wss?|ftp|file):/i;

/** No remote content: any request off the app's origin is cancelled before it leaves. */
export function isRequestAllowed(url: string, isAppUrl: IsAppUrl): boolean {
  return !REMOTE_SCHEMES.test(url) || isAppUrl(url);
}

/** The response headers with the app's CSP, replacing whatever CSP (in whatever letter case) was there. */
export function withSecurityHeaders(headers: Record<string, string[]> = {}): Record<string, string[]> {
  const kept = Object.entries(headers).filter(
    ([name]) => !/^(content-security-policy|x-content-type-options)$/i.test(name),
  );
  return {
    ...Object.fromEntries(kept),
    'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    'X-Content-Type-Options': ['nosniff'],
  };
}

export function hardenSession(session: Session, isAppUrl: IsAppUrl): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const requestingUrl = 'requestingUrl' in details ? details.requestingUrl : '';
    callback(isPermissionGranted(permission, requestingUrl, isAppUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, isAppUrl),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, isAppUrl) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withSecurityHeaders(details.responseHeaders) });
  });
}
