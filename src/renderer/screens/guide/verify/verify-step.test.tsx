import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppState } from '../../../../shared/app-state';
import type { Locale } from '../../../../shared/locale';
import { SAMPLE_NOW, SAMPLE_STATES } from '../../../test-support/app-state-samples';
import { settle } from '../../../test-support/fake-bridge';
import { callsTo, renderGuide } from '../../../test-support/render-guide';

afterEach(cleanup);

const EN: Locale = { language: 'en', formality: 'formal' };

function recovered(): AppState {
  const state = SAMPLE_STATES.down(EN);
  state.monitors = state.monitors.map((entry) => ({ ...entry, status: 'up', cause: 'ok' }));
  return state;
}

const resolveButton = () => screen.getByRole('button', { name: 'Mark as resolved' }) as HTMLButtonElement;

describe('step 4, verify', () => {
  it('checks everything, shows each result with its speed, then lets the owner resolve', async () => {
    const { bridge } = await renderGuide(recovered(), { step: 'verify' });
    expect(resolveButton().disabled).toBe(true);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Check everything now' })));
    await act(settle);
    expect(callsTo(bridge, 'guide.checkEverything')).toEqual([{ incidentId: 'i1' }]);
    expect(screen.getByTestId('verify-results').textContent).toBe('Webshop: Works · 3× slower than usual');
    expect(resolveButton().disabled).toBe(false);
    await act(async () => fireEvent.click(resolveButton()));
    await act(settle);
    expect(callsTo(bridge, 'guide.resolve')).toEqual([{ incidentId: 'i1' }]);
    expect(screen.getByTestId('guide-headline').textContent).toContain('This problem is solved');
  });

  it('shows per-monitor progress while the check runs', async () => {
    const state = recovered();
    state.checkRun = {
      startedAt: SAMPLE_NOW,
      finishedAt: null,
      monitors: [
        { monitorId: 'm1', state: 'passed' },
        { monitorId: 'm2', state: 'checking' },
        { monitorId: 'm3', state: 'checking' },
      ],
    };
    await renderGuide(state, { step: 'verify' });
    expect(screen.getByRole('status').textContent).toBe('Checking 1 of 3…');
    expect((screen.getByRole('button', { name: 'Checking…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('sends the owner back to Fix with the new diagnosis when a check still fails', async () => {
    const { store } = await renderGuide(SAMPLE_STATES.down(EN), { step: 'verify' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Check everything now' })));
    await act(settle);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Still not working: ');
    expect(resolveButton().disabled).toBe(true);
    await act(async () => fireEvent.click(within(alert).getByRole('button', { name: 'Back to Fix' })));
    expect(store.getState().route).toEqual({ page: 'incident', incidentId: 'i1', step: 'fix' });
  });

  it('resolves against a failing check only with the owner’s reason', async () => {
    const { bridge } = await renderGuide(SAMPLE_STATES.down(EN), { step: 'verify' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Resolve anyway' })));
    const reason = screen.getByLabelText('Why is it solved even though a check does not work?');
    const confirm = screen.getByRole('button', { name: 'Resolve with this reason' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(reason, { target: { value: 'The check page is blocked; customers can order' } });
    await act(async () => fireEvent.click(confirm));
    await act(settle);
    expect(callsTo(bridge, 'guide.resolve')).toEqual([
      { incidentId: 'i1', reason: 'The check page is blocked; customers can order' },
    ]);
  });

  it('ticks the owner’s own checks in the app', async () => {
    const { bridge } = await renderGuide(recovered(), { step: 'verify' });
    await act(async () => fireEvent.click(screen.getByRole('checkbox', { name: 'Tried it myself' })));
    await act(settle);
    expect(callsTo(bridge, 'guide.setChecklistItem')).toEqual([
      { incidentId: 'i1', item: 'verify_try_yourself', done: true },
    ]);
    expect((screen.getByRole('checkbox', { name: 'Tried it myself' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });
});
