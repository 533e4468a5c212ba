import { act, render, screen } from '@testing-library/react';
import type { AppState } from '../../shared/app-state';
import type { GuideStep } from '../../shared/guide/guide-steps';
import type { GuideView } from '../../shared/guide/guide-view';
import type { IncidentEvent } from '../../shared/incident';
import type { RestartOutcome } from '../../shared/guide/restart-outcome';
import type { Settings } from '../../shared/settings';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { AppShell } from '../components/app-shell';
import { MemoryLocation } from '../router/memory-location';
import { createAppStore } from '../store/app-store';
import { AppStoreProvider } from '../store/app-store-context';
import { FakeBridge, settle } from './fake-bridge';
import { answerGuide, guideView } from './fake-guide';
import { fullIncident } from './incident-samples';

export interface GuideRenderOptions {
  step?: GuideStep;
  timeline?: IncidentEvent[];
  /** Changes to the view the app answers first (progress, memory, restartable monitors). */
  view?: (view: GuideView) => GuideView;
  restartOutcome?: RestartOutcome;
  /** The owner's settings as settings.get answers them (contacts, cadence). */
  settings?: Settings;
  /** Scripts more channels before the window opens. */
  prepare?: (bridge: FakeBridge) => void;
  /** The app cannot answer the guide (e.g. the store is unavailable). */
  unavailable?: boolean;
}

/** The window opened at the first open incident's guide, as a deep link would open it. */
export async function renderGuide(state: AppState, options: GuideRenderOptions = {}) {
  const bridge = new FakeBridge(state);
  const summary = state.openIncidents[0];
  if (!summary) throw new Error('the sample state has no open incident');
  const initial = guideView(fullIncident(summary, options.timeline ?? []));
  const guide = answerGuide(bridge, options.view ? options.view(initial) : initial, options.restartOutcome);
  const settings = options.settings ?? { ...DEFAULT_SETTINGS, ...state.locale };
  bridge.respond('settings.get', () => ({ ok: true, value: settings }));
  if (options.unavailable) bridge.respond('guide.get', () => ({ ok: false, error: { code: 'unavailable' } }));
  options.prepare?.(bridge);
  const location = new MemoryLocation({
    page: 'incident',
    incidentId: summary.id,
    ...(options.step ? { step: options.step } : {}),
  });
  const store = createAppStore(bridge, 'en-GB', location);
  render(
    <AppStoreProvider store={store}>
      <AppShell />
    </AppStoreProvider>,
  );
  await screen.findByRole('heading', { level: 1 });
  await act(settle);
  return { bridge, store, location, guide };
}

export const callsTo = (bridge: FakeBridge, channel: string) =>
  bridge.calls.filter((call) => call.channel === channel).map((call) => call.request);
