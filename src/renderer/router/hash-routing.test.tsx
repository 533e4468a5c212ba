import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppShell } from '../components/app-shell';
import { createAppStore } from '../store/app-store';
import { AppStoreProvider } from '../store/app-store-context';
import { SAMPLE_STATES } from '../test-support/app-state-samples';
import { FakeBridge } from '../test-support/fake-bridge';
import { answerGuide, guideView } from '../test-support/fake-guide';
import { fullIncident } from '../test-support/incident-samples';
import { hashLocation } from './route-location';

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(cleanup);

/** The window as main and web mode open it: the real URL hash, the real hashchange events. */
async function openWindowAt(hash: string) {
  window.history.replaceState(null, '', `/${hash}`);
  const bridge = new FakeBridge(SAMPLE_STATES.down());
  answerGuide(bridge, guideView(fullIncident(bridge.state.openIncidents[0]!, [])));
  const store = createAppStore(bridge, 'en-GB', hashLocation(window));
  render(
    <AppStoreProvider store={store}>
      <AppShell />
    </AppStoreProvider>,
  );
  return store;
}

/** The heading a screen marks as where focus goes: the overview's banner, or the guide step's. */
const mainHeading = () => document.querySelector('[data-route-heading]');

describe('the window follows its address', () => {
  it('opens the incident a deep link names', async () => {
    const store = await openWindowAt('#/incident/i1');
    // The step the owner left off completes the address.
    await waitFor(() =>
      expect(store.getState().route).toEqual({ page: 'incident', incidentId: 'i1', step: 'identify' }),
    );
    expect(window.location.hash).toBe('#/incident/i1/identify');
    expect(await screen.findByRole('button', { name: /Back to the overview/ })).toBeTruthy();
  });

  it('changes screen on a hash change, and back and forward return through the screens', async () => {
    await openWindowAt('');
    await screen.findByTestId('status-banner');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open the recovery guide' })));
    await waitFor(() => expect(window.location.hash).toBe('#/incident/i1/identify'));
    await screen.findByRole('button', { name: /Back to the overview/ });

    await act(async () => window.history.back());
    await screen.findByTestId('status-banner');
    expect(window.location.hash).toBe('');

    await act(async () => window.history.forward());
    await screen.findByRole('button', { name: /Back to the overview/ });

    // A link typed or pasted into the address bar is followed too.
    await act(async () => {
      window.location.hash = '#/';
    });
    await screen.findByTestId('status-banner');
  });

  it("moves focus to the new screen's heading on every change, never leaving it on the body", async () => {
    await openWindowAt('');
    await screen.findByTestId('status-banner');
    const open = screen.getByRole('button', { name: 'Open the recovery guide' });
    open.focus();
    await act(async () => fireEvent.click(open));
    await screen.findByRole('button', { name: /Back to the overview/ });
    await waitFor(() => expect(document.activeElement).toBe(mainHeading()));

    await act(async () => fireEvent.click(screen.getByRole('button', { name: /Back to the overview/ })));
    await screen.findByTestId('status-banner');
    await waitFor(() => expect(document.activeElement).toBe(mainHeading()));
    expect(document.activeElement).not.toBe(document.body);
  });

  it('shows the overview for pages whose screens are not there, never an empty window', async () => {
    for (const hash of ['#/nonsense']) {
      await openWindowAt(hash);
      expect(await screen.findByTestId('status-banner')).toBeTruthy();
      cleanup();
    }
  });
});
