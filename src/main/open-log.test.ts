import { describe, expect, it, vi } from 'vitest';

const openPath = vi.hoisted(() => vi.fn(async (_path: string) => ''));
vi.mock('electron', () => ({ shell: { openPath } }));

const { openLogFile } = await import('./open-log');

describe('open the log', () => {
  it("opens the app's own log file, and says unavailable when there is none or it cannot be shown", async () => {
    await expect(openLogFile('/home/ann/.config/Back Online/back-online.log')).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(openPath).toHaveBeenCalledWith('/home/ann/.config/Back Online/back-online.log');
    openPath.mockResolvedValueOnce('No application knows how to open .log files');
    await expect(openLogFile('/x/back-online.log')).resolves.toEqual({
      ok: false,
      error: { code: 'unavailable' },
    });
    await expect(openLogFile(null)).resolves.toEqual({ ok: false, error: { code: 'unavailable' } });
  });
});
