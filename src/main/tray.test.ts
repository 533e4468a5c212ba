import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppState, OverallStatus } from '../shared/app-state';
import { OVERALL_STATUSES } from '../shared/app-state';
import { appState, incidentSummary, monitorState } from './testing/fake-service';
import type { TrayMenuActions } from './tray-menu';

interface FakeImage {
  representations: { scaleFactor: number; buffer: Buffer }[];
  template: boolean;
}

const fakes = vi.hoisted(() => ({
  trays: [] as {
    image: unknown;
    calls: [string, unknown][];
    listeners: Map<string, () => void>;
  }[],
}));

vi.mock('electron', () => {
  class Tray {
    calls: [string, unknown][] = [];
    listeners = new Map<string, () => void>();
    constructor(public image: unknown) {
      fakes.trays.push(this);
    }
    on(name: string, listener: () => void) {
      this.listeners.set(name, listener);
    }
    setImage(image: unknown) {
      this.calls.push(['setImage', image]);
    }
    setToolTip(text: string) {
      this.calls.push(['setToolTip', text]);
    }
    setTitle(text: string) {
      this.calls.push(['setTitle', text]);
    }
    setContextMenu(menu: unknown) {
      this.calls.push(['setContextMenu', menu]);
    }
    destroy() {
      this.calls.push(['destroy', null]);
    }
  }
  const nativeImage = {
    createEmpty(): FakeImage & {
      addRepresentation(o: { scaleFactor: number; buffer: Buffer }): void;
      setTemplateImage(t: boolean): void;
    } {
      const image: FakeImage = { representations: [], template: false };
      return Object.assign(image, {
        addRepresentation: ({ scaleFactor, buffer }: { scaleFactor: number; buffer: Buffer }) =>
          image.representations.push({ scaleFactor, buffer }),
        setTemplateImage: (template: boolean) => {
          image.template = template;
        },
      });
    },
  };
  const Menu = { buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }) };
  return { Tray, nativeImage, Menu };
});

const { createAppTray, loadTrayIcon } = await import('./tray');

const ASSETS = new URL('../../assets', import.meta.url).pathname;

function actions(): TrayMenuActions {
  return {
    openWindow: vi.fn(),
    checkAllNow: vi.fn(),
    snooze: vi.fn(),
    resumeAlerts: vi.fn(),
    setStartAtLogin: vi.fn(),
    installUpdate: vi.fn(),
    quit: vi.fn(),
  };
}

function stateFor(icon: OverallStatus): AppState {
  const status = {
    ok: 'up',
    degraded: 'degraded',
    down: 'down',
    offline: 'unknown',
    paused: 'paused',
  } as const;
  return appState({
    overall: icon,
    offline: icon === 'offline',
    snoozedUntil: icon === 'paused' ? Date.now() + 3_600_000 : null,
    monitors: [monitorState('shop', 'Webshop', status[icon])],
    openIncidents: icon === 'down' ? [incidentSummary('inc-1', ['shop'])] : [],
    tray: {
      icon,
      tooltip: `Back Online — ${icon}`,
      title: icon === 'ok' ? '' : `1 ${icon}`,
    },
  });
}

const lastTray = () => fakes.trays.at(-1)!;
const callsNamed = (name: string) =>
  lastTray()
    .calls.filter(([called]) => called === name)
    .map(([, value]) => value);
const menuLabels = (menu: unknown) =>
  (menu as { template: MenuItemConstructorOptions[] }).template
    .filter((item) => item.label)
    .map((item) => item.label);

beforeEach(() => {
  fakes.trays.length = 0;
});

describe('tray icons', () => {
  it('loads each state as one image with a representation per scale factor', () => {
    for (const status of OVERALL_STATUSES) {
      const windows = loadTrayIcon(ASSETS, status, 'win32') as unknown as FakeImage;
      expect(windows.template).toBe(false);
      expect(windows.representations.map((r) => r.scaleFactor)).toEqual([1, 1.5, 2, 3, 4]);
      expect(windows.representations[1]?.buffer).toEqual(
        readFileSync(join(ASSETS, 'tray', `${status}-24.png`)),
      );

      const mac = loadTrayIcon(ASSETS, status, 'darwin') as unknown as FakeImage;
      expect(mac.template).toBe(true);
      expect(mac.representations.map((r) => r.scaleFactor)).toEqual([1, 2]);
    }
  });
});

describe('the tray', () => {
  it.each(OVERALL_STATUSES)('shows the %s state: icon, tooltip, macOS title and menu', (icon) => {
    createAppTray(stateFor(icon), {
      assetsDir: ASSETS,
      platform: 'darwin',
      actions: actions(),
      isStartAtLogin: () => false,
    });
    const created = lastTray();
    const image = created.image as FakeImage;
    expect(image.template).toBe(true);
    expect(image.representations[0]?.buffer).toEqual(
      readFileSync(join(ASSETS, 'tray', `${icon}-template-16.png`)),
    );
    expect(callsNamed('setToolTip')).toEqual([`Back Online — ${icon}`]);
    expect(callsNamed('setTitle')).toEqual(icon === 'ok' ? [] : [`1 ${icon}`]);
    const [menu] = callsNamed('setContextMenu');
    const labels = menuLabels(menu);
    expect(labels).toContain('Check all now');
    expect(labels.includes('Open recovery guide')).toBe(icon === 'down' || icon === 'offline');
    expect(labels.includes('Resume alerts')).toBe(icon === 'paused');
  });

  it('re-sets only what changed', () => {
    const ok = stateFor('ok');
    const tray = createAppTray(ok, {
      assetsDir: ASSETS,
      platform: 'darwin',
      actions: actions(),
      isStartAtLogin: () => false,
    });
    const fake = lastTray();
    fake.calls.length = 0;

    tray.update({ ...ok, generatedAt: 99 });
    expect(fake.calls).toEqual([]);

    tray.update({ ...ok, tray: { ...ok.tray, tooltip: 'Back Online — all 2 up' } });
    expect(fake.calls.map(([name]) => name)).toEqual(['setToolTip']);

    fake.calls.length = 0;
    const down = stateFor('down');
    tray.update(down);
    expect(fake.calls.map(([name]) => name).sort()).toEqual([
      'setContextMenu',
      'setImage',
      'setTitle',
      'setToolTip',
    ]);
    expect((fake.calls.find(([name]) => name === 'setImage')?.[1] as FakeImage).template).toBe(true);

    fake.calls.length = 0;
    tray.update({ ...down, generatedAt: 5 });
    expect(fake.calls).toEqual([]);
  });

  it('never sets a title outside macOS', () => {
    const tray = createAppTray(stateFor('ok'), {
      assetsDir: ASSETS,
      platform: 'win32',
      actions: actions(),
      isStartAtLogin: () => false,
    });
    tray.update(stateFor('down'));
    expect(callsNamed('setTitle')).toEqual([]);
    expect((callsNamed('setImage')[0] as FakeImage).template).toBe(false);
  });

  it('opens the window on a click and redraws the menu when "Start at login" changes', () => {
    const act = actions();
    let startAtLogin = false;
    const tray = createAppTray(stateFor('ok'), {
      assetsDir: ASSETS,
      platform: 'linux',
      actions: act,
      isStartAtLogin: () => startAtLogin,
    });
    lastTray().listeners.get('click')?.();
    expect(act.openWindow).toHaveBeenCalledWith();

    lastTray().calls.length = 0;
    tray.refreshMenu();
    expect(callsNamed('setContextMenu')).toEqual([]);
    startAtLogin = true;
    tray.refreshMenu();
    const [menu] = callsNamed('setContextMenu') as { template: MenuItemConstructorOptions[] }[];
    expect(menu?.template.find((item) => item.type === 'checkbox')?.checked).toBe(true);
  });
});
