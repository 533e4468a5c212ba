import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { AppState } from '../../shared/app-state';
import type { Locale } from '../../shared/locale';
import { createAppStore } from '../store/app-store';
import { AppStoreProvider } from '../store/app-store-context';
import { SAMPLE_STATES } from './app-state-samples';
import { FakeBridge } from './fake-bridge';

/**
 * Renders a component inside a store that already holds a state in the given locale, for components
 * that only read texts and locale; returns the bridge so a test can script channels too. `prepare`
 * scripts the bridge before anything mounts, for components that ask the app as they appear.
 */
export function renderInLocale(
  ui: ReactNode,
  locale: Locale = { language: 'en', formality: 'formal' },
  state: AppState = SAMPLE_STATES.ok(locale),
  prepare?: (bridge: FakeBridge) => void,
) {
  const bridge = new FakeBridge(state);
  prepare?.(bridge);
  const store = createAppStore(bridge, locale.language);
  store.setState({ appState: state });
  return { bridge, store, ...render(<AppStoreProvider store={store}>{ui}</AppStoreProvider>) };
}
