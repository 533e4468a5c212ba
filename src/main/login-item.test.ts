import type { App } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { LoginItemBackend } from './login-item';
import { FakeService } from './testing/fake-service';
import { YOUNG_GENERATION_ARGUMENT } from './young-generation';

vi.mock('electron', () => ({}));

const { createLoginItem, electronLoginItemBackend, HIDDEN_ARGUMENT, loginItemBackend } =
  await import('./login-item');

function memoryBackend(initial = false): LoginItemBackend & { writes: boolean[] } {
  let enabled = initial;
  const writes: boolean[] = [];
  return {
    writes,
    isEnabled: () => enabled,
    setEnabled(value) {
      writes.push(value);
      enabled = value;
    },
  };
}

describe('start at login', () => {
  it('stores the choice in settings through the service, then tells the system', async () => {
    const service = new FakeService();
    const backend = memoryBackend();
    const onChange = vi.fn();
    const loginItem = createLoginItem({ service, backend, onChange });

    await expect(loginItem.setEnabled(true)).resolves.toMatchObject({
      ok: true,
      value: { startAtLogin: true },
    });
    expect(service.calls).toEqual([{ channel: 'settings.set', request: { startAtLogin: true } }]);
    expect(service.settings.startAtLogin).toBe(true);
    expect(backend.writes).toEqual([true]);
    expect(loginItem.isEnabled()).toBe(true);
    expect(onChange).toHaveBeenLastCalledWith(true);

    await loginItem.setEnabled(false);
    expect(backend.writes).toEqual([true, false]);
  });

  it('applies a change made in the settings window, and leaves the system alone for other settings', async () => {
    const service = new FakeService();
    const backend = memoryBackend();
    const loginItem = createLoginItem({ service, backend });
    await loginItem.saveSettings({ language: 'nl' });
    expect(backend.writes).toEqual([]);
    await loginItem.saveSettings({ startAtLogin: true, language: 'en' });
    expect(backend.writes).toEqual([true]);
  });

  it('does not touch the system when the service refuses the change', async () => {
    const service = new FakeService();
    service.handle = async () => ({ ok: false, error: { code: 'storage_failed' } });
    const backend = memoryBackend();
    const result = await createLoginItem({ service, backend }).setEnabled(true);
    expect(result).toEqual({ ok: false, error: { code: 'storage_failed' } });
    expect(backend.writes).toEqual([]);
  });

  it('makes the system match the stored choice at start-up, writing only when they differ', async () => {
    const service = new FakeService();
    service.settings = { ...service.settings, startAtLogin: true };
    const backend = memoryBackend(false);
    const loginItem = createLoginItem({ service, backend });
    await loginItem.syncFromSettings();
    expect(backend.writes).toEqual([true]);
    expect(loginItem.isEnabled()).toBe(true);
    await loginItem.syncFromSettings();
    expect(backend.writes).toEqual([true]);
  });

  it('keeps the setting without a system backend (an unpackaged development app)', async () => {
    const service = new FakeService();
    const loginItem = createLoginItem({ service, backend: null });
    await loginItem.setEnabled(true);
    expect(loginItem.isEnabled()).toBe(true);
    expect(loginItemBackend({ isPackaged: false } as App, 'win32')).toBeNull();
  });

  it("uses Electron's login items with the hidden-start argument on macOS and Windows", () => {
    const app = {
      isPackaged: true,
      setLoginItemSettings: vi.fn(),
      getLoginItemSettings: vi.fn(() => ({ openAtLogin: true })),
    };
    const backend = electronLoginItemBackend(app as unknown as App);
    backend.setEnabled(true);
    const args = [HIDDEN_ARGUMENT, YOUNG_GENERATION_ARGUMENT];
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true, args });
    expect(backend.isEnabled()).toBe(true);
    expect(app.getLoginItemSettings).toHaveBeenCalledWith({ args });
    expect(loginItemBackend(app as unknown as App, 'darwin')).not.toBeNull();
    expect(loginItemBackend(app as unknown as App, 'linux')).not.toBeNull();
  });
});
