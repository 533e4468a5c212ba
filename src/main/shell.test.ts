import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DatabaseTooNewError } from '../core/service-contract';
import { fake } from './testing/fake-electron';
import { fakeAutoUpdater } from './testing/fake-electron-updater';
import { appState, FakeService, incidentSummary, monitorState } from './testing/fake-service';

vi.mock('electron', async () => (await import('./testing/fake-electron')).module);
vi.mock('electron-updater', async () => (await import('./testing/fake-electron-updater')).module);

const { startShell } = await import('./shell');

const ASSETS = new URL('../../assets', import.meta.url).pathname;

function options(createService: () => Promise<FakeService>, argv: string[] = ['back-online']) {
  return {
    createService,
    preloadPath: '/app/out/preload/index.cjs',
    rendererDir: '/app/out/renderer',
    assetsDir: ASSETS,
    argv,
    env: {},
    platform: 'linux' as const,
  };
}

const menuItem = (label: string): MenuItemConstructorOptions => {
  const found = fake.trays[0]?.menu.find((item) => item.label === label);
  if (!found) throw new Error(`no tray menu item ${label}`);
  return found;
};
const click = (label: string) =>
  (menuItem(label).click as (item: { checked: boolean }) => void)({ checked: true });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let service: FakeService;

beforeEach(() => {
  fake.reset();
  fakeAutoUpdater.reset();
  service = new FakeService(appState({ overall: 'ok', monitors: [monitorState('shop', 'Webshop', 'up')] }));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

describe('the shell', () => {
  it('starts the service, the tray, the window and the api channel, hardened before any window exists', async () => {
    const created = vi.fn(async () => service);
    await startShell(options(created));

    expect(created).toHaveBeenCalledWith({
      dataDir: '/tmp/back-online-test/userData',
      locale: { language: 'en', formality: 'formal' },
    });
    expect(service.lifecycle).toEqual(['start']);
    expect([...fake.sessionHandlers.keys()].sort()).toEqual([
      'beforeRequest',
      'devicePermission',
      'headersReceived',
      'permissionCheck',
      'permissionRequest',
    ]);
    expect(fake.app.listenerCount('web-contents-created')).toBe(1);
    expect([...fake.protocolHandlers.keys()]).toEqual(['app']);
    expect(fake.applicationMenu).toBeNull();
    expect([...fake.ipcHandlers.keys()]).toEqual(['api']);
    expect(fake.trays).toHaveLength(1);
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.loaded).toEqual(['app://bundle/index.html#/']);
  });

  it('stays in the tray when the system started it at login', async () => {
    await startShell(options(async () => service, ['back-online', '--hidden']));
    expect(fake.trays).toHaveLength(1);
    expect(fake.windows).toHaveLength(0);
  });

  it('wires the tray menu to the service and the window', async () => {
    await startShell(options(async () => service, ['back-online', '--hidden']));
    click('Check all now');
    expect(service.calls.at(-1)).toEqual({ channel: 'checks.runNow', request: {} });
    const snooze = menuItem('Pause alerts').submenu as MenuItemConstructorOptions[];
    (snooze[1]?.click as () => void)();
    expect(service.calls.at(-1)).toEqual({ channel: 'monitoring.snooze', request: { duration: '1h' } });

    click('Start at login');
    await settle();
    expect(service.settings.startAtLogin).toBe(true);
    expect(menuItem('Start at login').checked).toBe(true);

    click('Settings…');
    expect(fake.windows[0]?.loaded).toEqual(['app://bundle/index.html#/settings']);
  });

  it('pushes every state to the tray and the window, and opens the recovery guide at the incident', async () => {
    await startShell(options(async () => service));
    const window = fake.windows[0]!;
    const down = appState({
      overall: 'down',
      monitors: [monitorState('shop', 'Webshop', 'down')],
      openIncidents: [incidentSummary('inc-7', ['shop'])],
      tray: { icon: 'down', tooltip: 'Webshop down since 14:02', title: '1 down' },
    });
    service.emitState(down);
    expect(fake.trays[0]?.tooltip).toBe('Webshop down since 14:02');
    expect(window.sent).toEqual([['state', down]]);
    click('Open recovery guide');
    expect(window.loaded.at(-1)).toBe('app://bundle/index.html#/incident/inc-7');
  });

  it('answers the window over IPC and refuses anyone else', async () => {
    await startShell(options(async () => service));
    const window = fake.windows[0]!;
    const api = fake.ipcHandlers.get('api')!;
    const trusted = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    await expect(api(trusted, 'state.get', {})).resolves.toEqual({ ok: true, value: service.state });
    const stranger = { sender: { mainFrame: {} }, senderFrame: { url: 'app://bundle/index.html' } };
    await expect(Promise.resolve(api(stranger, 'state.get', {}))).resolves.toEqual({
      ok: false,
      error: { code: 'untrusted_sender' },
    });
  });

  it('shows notifications and opens the incident when one is clicked', async () => {
    await startShell(options(async () => service, ['back-online', '--hidden']));
    service.notify({
      kind: 'down',
      incidentId: 'inc-3',
      monitorId: 'shop',
      title: 'Webshop is down',
      body: 'Click to see what to do.',
      at: 0,
    });
    await settle();
    expect(fake.notifications.map((n) => n.options.title)).toEqual(['Webshop is down']);
    fake.notifications[0]?.emit('click');
    expect(fake.windows[0]?.loaded).toEqual(['app://bundle/index.html#/incident/inc-3']);
  });

  it('tells the service about sleep and wake', async () => {
    await startShell(options(async () => service));
    fake.powerMonitor.emit('suspend');
    fake.powerMonitor.emit('resume');
    expect(service.lifecycle).toEqual(['start', 'suspended', 'resumed']);
  });

  it('focuses the running window when a second copy is started', async () => {
    await startShell(options(async () => service, ['back-online', '--hidden']));
    fake.app.emit('second-instance');
    expect(fake.windows).toHaveLength(1);
  });

  it('stops the service before quitting, then really quits', async () => {
    await startShell(options(async () => service));
    fake.app.quit();
    await settle();
    expect(service.lifecycle).toEqual(['start', 'stop']);
    expect(fake.app.quitCalls).toBe(2);
    expect(fake.trays[0]?.destroyed).toBe(true);
    expect(fake.ipcHandlers.size).toBe(0);
    expect(service.listenerCounts).toEqual({ state: 0, notifications: 0 });
  });

  it('shows a translated dialog and quits when the data was written by a newer version', async () => {
    fake.app.locale = 'nl-NL';
    await startShell(
      options(async () => {
        throw new DatabaseTooNewError('/home/ann/.config/Back Online/back-online.db', 7, 5);
      }),
    );
    expect(fake.dialogs).toEqual([
      {
        type: 'error',
        message: 'Uw gegevens zijn opgeslagen door een nieuwere versie van Back Online.',
        detail: expect.stringContaining(
          '/home/ann/.config/Back Online/back-online.db (gegevensversie 7; deze versie leest tot en met 5)',
        ),
      },
    ]);
    expect(fake.app.quitCalls).toBe(1);
    expect(fake.trays).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
  });

  it('shows a plain-language dialog, never the exception, when the service cannot start', async () => {
    service.start = async () => {
      throw new Error('EACCES: permission denied, open /secret/path');
    };
    await startShell(options(async () => service));
    expect(fake.dialogs).toEqual([
      {
        type: 'error',
        message: 'Back Online could not start.',
        detail: expect.not.stringContaining('EACCES'),
      },
    ]);
    expect(service.lifecycle).toEqual(['stop']);
    expect(fake.app.quitCalls).toBe(1);
  });

  it('tells the owner about start-up notices in their language', async () => {
    service.startupNotices = [{ code: 'settings_corrupt_moved', path: '/data/settings.corrupt-1.json' }];
    service.state = { ...service.state, locale: { language: 'nl', formality: 'informal' } };
    await startShell(options(async () => service, ['back-online', '--hidden']));
    expect(fake.dialogs).toEqual([
      {
        type: 'warning',
        message:
          'Je instellingenbestand kon niet worden gelezen, dus Back Online is gestart met de standaardinstellingen. Het oude bestand is bewaard in /data/settings.corrupt-1.json.',
        detail: '',
      },
    ]);
  });
});

describe('the shell: updates', () => {
  const downloaded = () => {
    fakeAutoUpdater.emit('update-available', { version: '1.2.0' });
    fakeAutoUpdater.emit('update-downloaded', { version: '1.2.0', downloadedFile: '/tmp/update' });
  };
  const trusted = () => {
    const window = fake.windows[0]!;
    return { sender: window.webContents, senderFrame: window.webContents.mainFrame };
  };

  it('offers "Restart to update" in the tray and tells the window once an update is downloaded', async () => {
    await startShell(options(async () => service));
    const api = fake.ipcHandlers.get('api')!;
    await expect(api(trusted(), 'app.updateStatus', {})).resolves.toEqual({
      ok: true,
      value: { phase: 'idle', version: null },
    });
    expect(fake.trays[0]?.menu.map((entry) => entry.label)).not.toContain('Restart to update');
    downloaded();
    expect(fake.windows[0]?.sent.filter(([channel]) => channel === 'update').at(-1)).toEqual([
      'update',
      { phase: 'ready', version: '1.2.0' },
    ]);
    await expect(api(trusted(), 'app.updateStatus', {})).resolves.toEqual({
      ok: true,
      value: { phase: 'ready', version: '1.2.0' },
    });
    click('Restart to update');
    await settle();
    expect(fakeAutoUpdater.installs).toBe(1);
    expect(fake.dialogs).toEqual([]);
  });

  it('asks before restarting while a problem is open; Later leaves the update for the next quit', async () => {
    await startShell(options(async () => service));
    service.emitState(
      appState({
        overall: 'down',
        monitors: [monitorState('shop', 'Webshop', 'down')],
        openIncidents: [incidentSummary('inc-7', ['shop'])],
      }),
    );
    downloaded();
    const api = fake.ipcHandlers.get('api')!;
    await expect(api(trusted(), 'app.installUpdate', {})).resolves.toEqual({
      ok: true,
      value: { outcome: 'on_quit' },
    });
    expect(fakeAutoUpdater.installs).toBe(0);
    expect(fake.dialogs).toEqual([
      expect.objectContaining({
        type: 'question',
        message: 'A problem is still open. Restart Back Online now to update?',
      }),
    ]);
    expect(fake.dialogButtons).toEqual([['Later', 'Restart now']]);
    fake.dialogResponse = 1;
    click('Restart to update…');
    await settle();
    expect(fakeAutoUpdater.installs).toBe(1);
  });

  it('tells the owner from the tray when the installer could not be started', async () => {
    await startShell(options(async () => service));
    downloaded();
    fakeAutoUpdater.installerMissing = true;
    click('Restart to update');
    await vi.waitFor(() =>
      expect(fake.notifications.map((notification) => notification.options.body)).toEqual([
        'The update could not be started. Back Online keeps working as it is; try again later.',
      ]),
    );
  });
});
