import { EventEmitter } from 'node:events';
import type { HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ shell: { openExternal: vi.fn() } }));

const {
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  isRequestAllowed,

  withSecurityHeaders,
} = await import('./security');
const { rendererLocation } = await import('./app-origin');
const { CONTENT_SECURITY_POLICY } = await import('./content-security-policy');

const { isAppUrl } = rendererLocation({ devServerUrl: undefined, isPackaged: true });

class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse) {
    this.windowOpenHandler = handler;
  }
  /** Emits like Electron: an event the listener may cancel; true when it was cancelled. */
  attempt(name: string, url: string): boolean {
    const event = { url, isMainFrame: true, preventDefault: vi.fn() };
    this.emit(name, event);
    return event.preventDefault.mock.calls.length > 0;
  }
}

function hardened() {
  const contents = new FakeContents();
  const openExternal = vi.fn();
  hardenWebContents(contents as unknown as WebContents, isAppUrl, openExternal);
  return { contents, openExternal };
}

describe('hardenWebContents', () => {
  it('lets the window navigate within the app only', () => {
    const { contents, openExternal } = hardened();
    expect(contents.attempt('will-navigate', 'app://bundle/index.html#/settings')).toBe(false);
    for (const url of ['https://evil.example/', 'http://example.nl/', 'file:///etc/passwd', 'app://other/']) {
      expect(contents.attempt('will-navigate', url), url).toBe(true);
      expect(contents.attempt('will-frame-navigate', url), url).toBe(true);
      expect(contents.attempt('will-redirect', url), url).toBe(true);
    }
    // A plain https link leaves for the browser; the rest are just dropped.
    expect(openExternal.mock.calls).toEqual([['https://evil.example/']]);
    expect(contents.attempt('will-redirect', 'app://bundle/other.html')).toBe(false);
  });

  it('never opens a new window, sending allow-listed links to the browser instead', () => {
    const { contents, openExternal } = hardened();
    const open = (url: string) => contents.windowOpenHandler?.({ url } as HandlerDetails);
    expect(open('https://hosting.example.nl/help')).toEqual({ action: 'deny' });
    expect(open('app://bundle/index.html')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open('file:///C:/Windows/notepad.exe')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([['https://hosting.example.nl/help']]);
  });

  it('prevents attaching a webview', () => {
    const { contents } = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('is applied to every web contents the app creates', () => {
    const app = new EventEmitter();
    hardenAllWebContents(app as unknown as Electron.App, isAppUrl, vi.fn());
    const contents = new FakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler).not.toBeNull();
    expect(contents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const store = (name: string) => (handler: (...args: never[]) => unknown) => {
      handlers[name] = handler;
    };
    const session = {
      setPermissionRequestHandler: store('request'),
      setPermissionCheckHandler: store('check'),
      setDevicePermissionHandler: store('device'),
      webRequest: { onBeforeRequest: store('beforeRequest'), onHeadersReceived: store('headers') },
    };
    hardenSession(session as unknown as Session, isAppUrl);
    return handlers as Record<string, (...args: unknown[]) => unknown>;
  }

  it('denies every permission request and check, except clipboard writes from the app itself', () => {
    const handlers = fakeSession();
    const request = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      handlers.request!({}, permission, callback, { requestingUrl, isMainFrame: true });
      return callback.mock.calls[0]?.[0];
    };
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'hid',
      'fullscreen',
    ]) {
      expect(request(permission, 'app://bundle/index.html'), permission).toBe(false);
      expect(handlers.check!({}, permission, 'app://bundle', {}), permission).toBe(false);
    }
    expect(request('clipboard-sanitized-write', 'app://bundle/index.html')).toBe(true);
    expect(handlers.check!({}, 'clipboard-sanitized-write', 'app://bundle', {})).toBe(true);
    expect(request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(handlers.check!({}, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
    expect(handlers.device!({ deviceType: 'usb', origin: 'app://bundle' })).toBe(false);
  });

  it('cancels every request off the app origin', () => {
    const handlers = fakeSession();
    const cancelled = (url: string) => {
      const callback = vi.fn();
      handlers.beforeRequest!({ url }, callback);
      return callback.mock.calls[0]?.[0].cancel;
    };
    expect(cancelled('app://bundle/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
    for (const url of [
      'https://cdn.example/x.js',
      'http://127.0.0.1:8080/',
      'wss://evil.example/',
      'file:///etc/passwd',
    ]) {
      expect(cancelled(url), url).toBe(true);
    }
    expect(isRequestAllowed('FILE:///etc/passwd', isAppUrl)).toBe(false);
  });

  it('sets the CSP header on every response, replacing one the response brought', () => {
    const handlers = fakeSession();
    const callback = vi.fn();
    handlers.headers!(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      callback,
    );
    expect(callback.mock.calls[0]?.[0]).toEqual({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
    expect(withSecurityHeaders(undefined)['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });
});
