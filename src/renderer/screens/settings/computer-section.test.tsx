import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { DesktopFeatures } from '../../../shared/api-contract';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import type { FakeBridge } from '../../test-support/fake-bridge';
import { renderInLocale } from '../../test-support/render-in-locale';
import { ComputerSection } from './computer-section';

afterEach(cleanup);

const EN = { language: 'en', formality: 'formal' } as const;

function renderWith(features: DesktopFeatures, script: (bridge: FakeBridge) => void = () => undefined) {
  return renderInLocale(<ComputerSection settings={DEFAULT_SETTINGS} />, EN, undefined, (bridge) => {
    bridge.respond('app.desktopFeatures', () => ({ ok: true, value: features }));
    script(bridge);
  });
}

describe('the "this computer" section', () => {
  it('stays away where nothing of it exists (web mode)', async () => {
    const { bridge, container } = renderWith({ startAtLogin: false, openDataFolder: false, openLog: false });
    await waitFor(() => expect(bridge.calls.map((call) => call.channel)).toContain('app.desktopFeatures'));
    expect(container.textContent).toBe('');
  });

  it('in the desktop app: start at login saved through the settings, the data folder and the log opened', async () => {
    const { bridge } = renderWith({ startAtLogin: true, openDataFolder: true, openLog: true }, (fake) => {
      fake.respond('settings.set', (change) => ({
        ok: true,
        value: { ...DEFAULT_SETTINGS, ...(change as object) },
      }));
      fake.respond('app.openDataFolder', () => ({ ok: true, value: null }));
      fake.respond('app.openLog', () => ({ ok: false, error: { code: 'unavailable' } }));
    });
    fireEvent.click(await screen.findByLabelText('Start Back Online when I log in'));
    await screen.findByText('Saved.');
    expect(bridge.calls.find((call) => call.channel === 'settings.set')?.request).toEqual({
      startAtLogin: true,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Open the data folder' }));
    await waitFor(() => expect(bridge.calls.map((call) => call.channel)).toContain('app.openDataFolder'));
    expect(screen.queryByText(/could not open this/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open the log' }));
    await screen.findByText(
      'Back Online could not open this. Your IT partner can find it in the data folder.',
    );
  });

  it('offers only what exists: an unpackaged app cannot start at login', async () => {
    renderWith({ startAtLogin: false, openDataFolder: true, openLog: true });
    await screen.findByRole('button', { name: 'Open the log' });
    expect(screen.queryByLabelText('Start Back Online when I log in')).toBeNull();
  });
});
