import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MonitorState } from '../../../shared/app-state';
import type { CheckKind } from '../../../shared/check-result';
import { AppShell } from '../../components/app-shell';
import { createAppStore } from '../../store/app-store';
import { AppStoreProvider } from '../../store/app-store-context';
import { appState, monitorState } from '../../test-support/app-state-samples';
import { FakeBridge } from '../../test-support/fake-bridge';

afterEach(cleanup);

const CHECKS: { id: string; kind: CheckKind; target: string }[] = [
  { id: 'web', kind: 'http', target: 'https://shop.example.nl' },
  { id: 'cert', kind: 'tls', target: 'tls://shop.example.nl' },
  { id: 'port', kind: 'tcp', target: 'tcp://127.0.0.1:5432' },
  { id: 'name', kind: 'dns', target: 'dns://shop.example.nl' },
  { id: 'disk', kind: 'disk', target: 'disk:///' },
  { id: 'process', kind: 'process', target: 'process://postgres' },
  { id: 'service', kind: 'service', target: 'service://cups' },
];

function checkOfKind(check: (typeof CHECKS)[number], status: 'up' | 'degraded'): MonitorState {
  const base = monitorState(0, status, status === 'up' ? 'ok' : 'slow_response');
  return {
    ...base,
    monitor: { ...base.monitor, id: check.id, name: `Check ${check.id}`, target: check.target },
    lastResult: base.lastResult && { ...base.lastResult, kind: check.kind, target: check.target },
  };
}

async function renderMonitors(status: 'up' | 'degraded') {
  const state = appState(
    status === 'up' ? 'ok' : 'degraded',
    CHECKS.map((check) => checkOfKind(check, status)),
  );
  const store = createAppStore(new FakeBridge(state), 'en-GB');
  render(
    <AppStoreProvider store={store}>
      <AppShell />
    </AppStoreProvider>,
  );
  await screen.findByTestId('status-banner');
}

const factsOf = (id: string) =>
  document.querySelector(`[data-monitor-id="${id}"] .monitor__facts`)?.textContent ?? '';

describe('the response time in the monitor list', () => {
  for (const status of ['up', 'degraded'] as const) {
    it(`is shown only for checks that wait for a network answer (${status})`, async () => {
      await renderMonitors(status);
      for (const id of ['web', 'cert', 'port', 'name'])
        expect(factsOf(id)).toBe('Answered in 231 ms · Last checked 13:01');
      for (const id of ['disk', 'process', 'service']) expect(factsOf(id)).toBe('Last checked 13:01');
    });
  }
});
