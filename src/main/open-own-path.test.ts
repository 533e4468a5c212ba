import { describe, expect, it, vi } from 'vitest';

const openPath = vi.hoisted(() => vi.fn(async (_path: string) => ''));
vi.mock('electron', () => ({ shell: { openPath } }));

const { openOwnPath } = await import('./open-own-path');
const { desktopFeatureHandlers } = await import('./desktop-features');

describe('open the log and the data folder', () => {
  it("opens the app's own log file, and says unavailable when there is none or it cannot be shown", async () => {
    await expect(openOwnPath('/home/ann/.config/Back Online/back-online.log')).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(openPath).toHaveBeenCalledWith('/home/ann/.config/Back Online/back-online.log');
    openPath.mockResolvedValueOnce('No application knows how to open .log files');
    await expect(openOwnPath('/x/back-online.log')).resolves.toEqual({
      ok: false,
      error: { code: 'unavailable' },
    });
    await expect(openOwnPath(null)).resolves.toEqual({ ok: false, error: { code: 'unavailable' } });
  });

  it('opens the data folder it was given whatever the window sends, and tells the window what exists', async () => {
    const handlers = desktopFeatureHandlers({
      logFile: null,
      dataFolder: '/home/ann/.config/Back Online',
      canStartAtLogin: false,
    });
    openPath.mockClear();
    await expect(handlers['app.openDataFolder']({})).resolves.toEqual({ ok: true, value: null });
    expect(openPath).toHaveBeenCalledWith('/home/ann/.config/Back Online');
    await expect(handlers['app.openLog']({})).resolves.toEqual({ ok: false, error: { code: 'unavailable' } });
    await expect(handlers['app.desktopFeatures']({})).resolves.toEqual({
      ok: true,
      value: { startAtLogin: false, openDataFolder: true, openLog: false },
    });
  });
});
