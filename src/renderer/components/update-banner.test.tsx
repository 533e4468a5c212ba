import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../shared/api-contract';
import type { Locale } from '../../shared/locale';
import type { UpdateStatus } from '../../shared/update-status';
import { NO_UPDATE } from '../../shared/update-status';
import { SAMPLE_STATES } from '../test-support/app-state-samples';
import { settle } from '../test-support/fake-bridge';
import { renderInLocale } from '../test-support/render-in-locale';
import { UpdateBanner } from './update-banner';

afterEach(cleanup);

const READY = { phase: 'ready', version: '1.2.0' } as const;
const EN: Locale = { language: 'en', formality: 'formal' };

/** The banner with the bridge already answering app.updateStatus as the test says, before it mounts. */
function renderBanner(
  options: { locale?: Locale; problem?: boolean; updateStatus?: ApiResult<UpdateStatus> } = {},
) {
  const locale = options.locale ?? EN;
  const state = options.problem ? SAMPLE_STATES.down(locale) : SAMPLE_STATES.ok(locale);
  return renderInLocale(<UpdateBanner />, locale, state, (bridge) =>
    bridge.respond('app.updateStatus', () => options.updateStatus ?? { ok: true, value: NO_UPDATE }),
  );
}

describe('the update banner', () => {
  it('shows nothing where there is no updater (web mode answers unavailable)', async () => {
    const { bridge, container } = renderBanner({
      updateStatus: { ok: false, error: { code: 'unavailable' } },
    });
    await settle();
    expect(bridge.calls.map((call) => call.channel)).toContain('app.updateStatus');
    expect(container.innerHTML).toBe('');
  });

  it('appears at once in a window opened after the download', async () => {
    renderBanner({ updateStatus: { ok: true, value: READY } });
    expect((await screen.findByRole('status')).textContent).toContain('(1.2.0) is ready');
  });

  it('appears when the desktop says an update is ready, and restarts into it on request', async () => {
    const { bridge } = renderBanner();
    bridge.respond('app.installUpdate', () => ({ ok: true, value: { outcome: 'restarting' } }));
    bridge.pushUpdate(READY);
    const banner = await screen.findByRole('status');
    expect(banner.textContent).toContain('A new version of Back Online (1.2.0) is ready.');
    fireEvent.click(screen.getByRole('button', { name: 'Restart to update' }));
    await screen.findByText('Back Online is restarting…');
    expect(screen.queryByRole('button')).toBeNull();
    expect(bridge.calls.filter((call) => call.channel === 'app.installUpdate')).toHaveLength(1);
  });

  it('stays hidden while the update is only being checked or downloaded', async () => {
    const { bridge, container } = renderBanner();
    bridge.pushUpdate({ phase: 'downloading', version: '1.2.0' });
    await settle();
    expect(container.innerHTML).toBe('');
  });

  it('says the update can wait while a problem is open, and that it waits when the owner chooses later', async () => {
    const { bridge } = renderBanner({ locale: { language: 'nl', formality: 'informal' }, problem: true });
    bridge.respond('app.installUpdate', () => ({ ok: true, value: { outcome: 'on_quit' } }));
    bridge.pushUpdate(READY);
    const banner = await screen.findByRole('status');
    expect(banner.textContent).toContain('zodat niets je stoort terwijl je het probleem oplost');
    fireEvent.click(screen.getByRole('button', { name: 'Herstarten om bij te werken' }));
    await screen.findByText(/de update wacht en wordt vanzelf geïnstalleerd de volgende keer dat je/);
  });

  it.each([
    ['the app could not be reached', { ok: false, error: { code: 'unavailable' } }],
    ['the installer could not be started', { ok: true, value: { outcome: 'failed' } }],
  ] as const)('says so, calmly, when %s', async (_case, answer) => {
    const { bridge } = renderBanner();
    bridge.respond('app.installUpdate', () => answer);
    bridge.pushUpdate(READY);
    fireEvent.click(await screen.findByRole('button', { name: 'Restart to update' }));
    await screen.findByText(/The update could not be started\. Back Online keeps working as it is/);
  });
});
