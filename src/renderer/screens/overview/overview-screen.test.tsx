import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppState } from '../../../shared/app-state';
import type { Locale } from '../../../shared/locale';
import { AppShell } from '../../components/app-shell';
import { createAppStore } from '../../store/app-store';
import { AppStoreProvider } from '../../store/app-store-context';
import { SAMPLE_STATES } from '../../test-support/app-state-samples';
import { FakeBridge } from '../../test-support/fake-bridge';
import { answerGuide, guideView } from '../../test-support/fake-guide';
import { fullIncident } from '../../test-support/incident-samples';

afterEach(cleanup);

async function renderApp(state: AppState, bridge = new FakeBridge(state)) {
  const store = createAppStore(bridge, 'en-GB');
  render(
    <AppStoreProvider store={store}>
      <AppShell />
    </AppStoreProvider>,
  );
  await screen.findByTestId('status-banner');
  return { bridge, store };
}

const banner = () => screen.getByTestId('status-banner');
const bannerTitle = () => within(banner()).getByRole('heading', { level: 1 }).textContent;
const bannerSymbol = () => banner().querySelector('svg')?.getAttribute('data-symbol');

const EN: Locale = { language: 'en', formality: 'formal' };
const NL: Locale = { language: 'nl', formality: 'formal' };

describe('the overview banner says what is going on, with a shape as well as a colour', () => {
  const cases = [
    ['ok', 'ok', 'All 5 checks are fine', 'Alle 5 controles zijn in orde'],
    ['degraded', 'degraded', 'Certificate needs attention', 'Certificate heeft aandacht nodig'],
    ['down', 'down', 'Webshop is down', 'Webshop werkt niet'],
    [
      'offline',
      'offline',
      'Your own internet connection seems to be down',
      'Uw eigen internetverbinding lijkt weg te zijn',
    ],
    ['paused', 'paused', 'Monitoring is paused until 14:02', 'Controleren is gepauzeerd tot 14:02'],
    [
      'pending',
      'pending',
      'Checking everything for the first time…',
      'Alles wordt voor het eerst gecontroleerd…',
    ],
    ['empty', 'unknown', 'Nothing is being watched yet', 'Er wordt nog niets gecontroleerd'],
  ] as const;

  for (const [sample, symbol, english, dutch] of cases) {
    it(`${sample} in English`, async () => {
      await renderApp(SAMPLE_STATES[sample](EN));
      expect(bannerTitle()).toBe(english);
      expect(bannerSymbol()).toBe(symbol);
      expect(document.documentElement.lang).toBe('en');
    });

    it(`${sample} in Dutch`, async () => {
      await renderApp(SAMPLE_STATES[sample](NL));
      expect(bannerTitle()).toBe(dutch);
      expect(bannerSymbol()).toBe(symbol);
      expect(document.documentElement.lang).toBe('nl');
    });
  }

  it('speaks to the owner as "u" or "je" as they chose', async () => {
    await renderApp(SAMPLE_STATES.ok(NL));
    expect(screen.getByText(/^U hoeft niets te doen\./)).toBeTruthy();
    cleanup();
    await renderApp(SAMPLE_STATES.ok({ language: 'nl', formality: 'informal' }));
    expect(screen.getByText(/^Je hoeft niets te doen\./)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Jouw controles' })).toBeTruthy();
  });
});

describe('the monitor list', () => {
  it('gives every monitor a word for its state, and a diagnosis for a problem', async () => {
    await renderApp(SAMPLE_STATES.down(EN));
    const webshop = document.querySelector('[data-monitor-id="m1"]') as HTMLElement;
    expect(within(webshop).getByText('Down')).toBeTruthy();
    expect(within(webshop).getByText('Your website shows an error instead of your pages')).toBeTruthy();
    expect(within(webshop).getByText(/HTTP status 500/)).toBeTruthy();
    const website = document.querySelector('[data-monitor-id="m2"]') as HTMLElement;
    expect(within(website).getByText('Up')).toBeTruthy();
    expect(within(website).getByText(/Answered in 231 ms/)).toBeTruthy();
  });

  it('lists open incidents with their phase and start time', async () => {
    await renderApp(SAMPLE_STATES.down(EN));
    const incidents = screen.getByRole('region', { name: 'Open problems' });
    expect(within(incidents).getByText('Affects: Webshop')).toBeTruthy();
    expect(within(incidents).getByText(/Started 12:42 · Status: Just detected/)).toBeTruthy();
  });
});

describe('what the owner can do from the overview', () => {
  it('opens the recovery guide for the open incident and comes back', async () => {
    const state = SAMPLE_STATES.down(EN);
    const bridge = new FakeBridge(state);
    answerGuide(bridge, guideView(fullIncident(state.openIncidents[0]!, [])));
    await renderApp(state, bridge);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open the recovery guide' })));
    expect((await screen.findByTestId('guide-headline')).querySelector('h1')?.textContent).toBe(
      'Your website shows an error instead of your pages',
    );
    expect(screen.getByRole('heading', { level: 2, name: /What is wrong/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Back to the overview/ }));
    expect(bannerTitle()).toBe('Webshop is down');
  });

  it('checks everything now and says it is busy meanwhile', async () => {
    const bridge = new FakeBridge(SAMPLE_STATES.ok(EN));
    let finish: (() => void) | undefined;
    bridge.respond(
      'checks.runNow',
      () => new Promise((resolve) => (finish = () => resolve({ ok: true, value: SAMPLE_STATES.ok(EN) }))),
    );
    await renderApp(bridge.state, bridge);
    fireEvent.click(screen.getByRole('button', { name: 'Check all now' }));
    const busy = await screen.findByRole('button', { name: 'Checking…' });
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish?.());
    expect(screen.getByRole('button', { name: 'Check all now' })).toBeTruthy();
    expect(bridge.calls.filter((call) => call.channel === 'checks.runNow')).toEqual([
      { channel: 'checks.runNow', request: {} },
    ]);
  });

  it('switches the language through the settings', async () => {
    const bridge = new FakeBridge(SAMPLE_STATES.ok(EN));
    bridge.respond('settings.set', () => {
      const dutch = { ...SAMPLE_STATES.ok(NL), generatedAt: SAMPLE_STATES.ok().generatedAt + 1 };
      bridge.push(dutch);
      return { ok: true, value: { language: 'nl', formality: 'formal' } as never };
    });
    await renderApp(bridge.state, bridge);
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Nederlands' })));
    expect(bridge.calls.at(-1)).toEqual({ channel: 'settings.set', request: { language: 'nl' } });
    expect(bannerTitle()).toBe('Alle 5 controles zijn in orde');
    expect(screen.getByRole('button', { name: 'Nederlands' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('pauses and resumes monitoring', async () => {
    const bridge = new FakeBridge(SAMPLE_STATES.ok(EN));
    bridge.respond('monitoring.snooze', () => ({ ok: true, value: SAMPLE_STATES.paused(EN) }));
    bridge.respond('monitoring.resume', () => ({ ok: true, value: SAMPLE_STATES.ok(EN) }));
    await renderApp(bridge.state, bridge);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '1 hour' })));
    expect(bridge.calls.at(-1)).toEqual({ channel: 'monitoring.snooze', request: { duration: '1h' } });
    expect(screen.getByText('Paused until 14:02. You get no alerts until then.')).toBeTruthy();
    await act(async () => fireEvent.click(within(banner()).getByRole('button', { name: 'Resume now' })));
    expect(bridge.calls.at(-1)).toEqual({ channel: 'monitoring.resume', request: {} });
    expect(bannerTitle()).toBe('All 5 checks are fine');
  });
});

describe('trouble reaching the app is told in words', () => {
  it('shows a failed action as translated text, never as an exception message', async () => {
    const bridge = new FakeBridge(SAMPLE_STATES.ok(NL));
    bridge.respond('monitoring.snooze', () => ({ ok: false, error: { code: 'storage_failed' } }));
    await renderApp(bridge.state, bridge);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '15 minuten' })));
    expect(screen.getByRole('alert').textContent).toContain(
      'Back Online kon dat niet opslaan. Controleer of de schijf niet vol is en probeer het opnieuw.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns that the screen may be stale while reconnecting', async () => {
    const bridge = new FakeBridge(SAMPLE_STATES.ok(EN));
    await renderApp(bridge.state, bridge);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => bridge.setConnection('reconnecting'));
    expect(screen.getByRole('alert').textContent).toContain('Lost contact with Back Online.');
  });

  it('tells the owner to use the printed link when the page is refused', async () => {
    const bridge = new FakeBridge(SAMPLE_STATES.ok(EN));
    bridge.respond('state.get', () => ({ ok: false, error: { code: 'untrusted_sender' } }));
    bridge.setConnection('refused');
    const store = createAppStore(bridge, 'en-GB');
    render(
      <AppStoreProvider store={store}>
        <AppShell />
      </AppStoreProvider>,
    );
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toEqual([
      'This page needs the link that Back Online printed when it started. Copy the whole link from the terminal.',
    ]);
  });
});
