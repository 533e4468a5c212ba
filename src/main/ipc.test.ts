import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeService } from './testing/fake-service';

const handlers = vi.hoisted(() => new Map<string, (event: unknown, ...args: unknown[]) => unknown>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) =>
      handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { answerApiRequest, registerApiIpc } = await import('./ipc');
const { isTrustedSender } = await import('./trusted-ipc');
const { rendererLocation } = await import('./app-origin');

const { isAppUrl } = rendererLocation({ devServerUrl: undefined, isPackaged: true });

function fakeWebContents(url = 'app://bundle/index.html#/') {
  const mainFrame = { url, parent: null };
  return { mainFrame } as unknown as WebContents & { mainFrame: { url: string } };
}

function eventFrom(sender: WebContents, frame: unknown = sender.mainFrame): IpcMainInvokeEvent {
  return { sender, senderFrame: frame } as IpcMainInvokeEvent;
}

describe('isTrustedSender', () => {
  const window = fakeWebContents();

  it("trusts only the app window's own top frame on the app origin", () => {
    expect(isTrustedSender(eventFrom(window), window, isAppUrl)).toBe(true);
  });

  it('refuses other web contents, other frames, foreign pages and a missing window', () => {
    const other = fakeWebContents();
    expect(isTrustedSender(eventFrom(other), window, isAppUrl)).toBe(false);
    expect(
      isTrustedSender(
        eventFrom(window, { url: 'app://bundle/index.html', parent: window.mainFrame }),
        window,
        isAppUrl,
      ),
    ).toBe(false);
    expect(isTrustedSender(eventFrom(window, null), window, isAppUrl)).toBe(false);
    const navigatedAway = fakeWebContents('https://evil.example/');
    expect(isTrustedSender(eventFrom(navigatedAway), navigatedAway, isAppUrl)).toBe(false);
    expect(isTrustedSender(eventFrom(window), null, isAppUrl)).toBe(false);
  });
});

describe('the api IPC channel', () => {
  let service: FakeService;
  const window = fakeWebContents();
  const openExternal = vi.fn(async () => ({ ok: true as const, value: null }));

  beforeEach(() => {
    handlers.clear();
    service = new FakeService();
    openExternal.mockClear();
    registerApiIpc({
      service,
      mainHandlers: { 'app.openExternal': openExternal },
      isTrusted: (event) => isTrustedSender(event, window, isAppUrl),
    });
  });

  const invoke = async (event: IpcMainInvokeEvent, channel: unknown, payload?: unknown) =>
    handlers.get('api')!(event, channel, payload);

  it('registers exactly one channel', () => {
    expect([...handlers.keys()]).toEqual(['api']);
  });

  it('rejects an untrusted sender before looking at the request', async () => {
    const stranger = fakeWebContents();
    await expect(invoke(eventFrom(stranger), 'checks.runNow', {})).resolves.toEqual({
      ok: false,
      error: { code: 'untrusted_sender' },
    });
    const foreignFrame = eventFrom(window, { url: 'https://evil.example/', parent: null });
    await expect(invoke(foreignFrame, 'checks.runNow', {})).resolves.toEqual({
      ok: false,
      error: { code: 'untrusted_sender' },
    });
    expect(service.calls).toEqual([]);
  });

  it('rejects malformed payloads and unknown channels without calling the service', async () => {
    const trusted = eventFrom(window);
    await expect(invoke(trusted, 'monitoring.snooze', { duration: '3 years' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_request', issues: [{ path: 'duration' }] },
    });
    await expect(invoke(trusted, 'checks.runNow', { monitorId: 'x', extra: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    await expect(invoke(trusted, 'shell.exec', {})).resolves.toEqual({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    await expect(invoke(trusted, '__proto__', {})).resolves.toEqual({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    await expect(invoke(trusted, { channel: 'state.get' }, {})).resolves.toEqual({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    expect(service.calls).toEqual([]);
  });

  it('answers a malformed target with the field named, never by throwing', async () => {
    for (const target of ['process://%', 'disk://%zz', 'dns://%']) {
      await expect(invoke(eventFrom(window), 'monitors.create', { name: 'Kassa', target })).resolves.toEqual({
        ok: false,
        error: { code: 'invalid_request', issues: [{ path: 'target', code: 'target_invalid_encoding' }] },
      });
    }
    expect(service.calls).toEqual([]);
  });

  it('passes a valid request to the service, parsed', async () => {
    const result = await invoke(eventFrom(window), 'monitoring.snooze', { duration: '1h' });
    expect(result).toEqual({ ok: true, value: service.state });
    expect(service.calls).toEqual([{ channel: 'monitoring.snooze', request: { duration: '1h' } }]);
    await invoke(eventFrom(window), 'state.get', undefined);
    expect(service.calls.at(-1)).toEqual({ channel: 'state.get', request: {} });
  });

  it('answers app.openExternal in main, never in the service', async () => {
    await invoke(eventFrom(window), 'app.openExternal', { url: 'https://example.nl' });
    expect(openExternal).toHaveBeenCalledWith({ url: 'https://example.nl' });
    expect(service.calls).toEqual([]);
  });

  it('turns a throwing handler into an internal error without its message', async () => {
    service.handle = () => Promise.reject(new Error('SQLITE_BUSY: database is locked at /home/ann'));
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(answerApiRequest(service, {}, 'state.get', {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal' },
    });
    errors.mockRestore();
  });
});

describe('raw ipcMain', () => {
  it('is used only inside the trusted-sender wrapper', () => {
    const folder = new URL('.', import.meta.url).pathname;
    const users = readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .filter((file) =>
        /import\s*{[^}]*\bipcMain\b[^}]*}\s*from\s*'electron'/.test(readFileSync(join(folder, file), 'utf8')),
      );
    expect(users).toEqual(['trusted-ipc.ts']);
  });
});
