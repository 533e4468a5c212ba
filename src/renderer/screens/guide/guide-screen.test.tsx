import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../../shared/locale';
import {
  SAMPLE_NOW,
  SAMPLE_STATES,
  appState,
  incident,
  monitorState,
} from '../../test-support/app-state-samples';
import { settle } from '../../test-support/fake-bridge';
import { callsTo, renderGuide } from '../../test-support/render-guide';

afterEach(cleanup);

const EN: Locale = { language: 'en', formality: 'formal' };
const NL: Locale = { language: 'nl', formality: 'formal' };

const stepHeading = () => screen.getByTestId(/^guide-step-/).querySelector('h2') as HTMLElement;
const indicator = () => screen.getByRole('navigation', { name: 'Recovery steps' });

describe('the step indicator and next / back', () => {
  it('opens where the owner left off and writes that step into the address', async () => {
    const { location } = await renderGuide(SAMPLE_STATES.down(EN), {
      view: (view) => ({ ...view, progress: { ...view.progress, step: 'fix' } }),
    });
    expect(stepHeading().textContent).toBe('FixFix it, step by step');
    expect(location.current()).toEqual({ page: 'incident', incidentId: 'i1', step: 'fix' });
    expect(within(indicator()).getByRole('button', { current: 'step' }).textContent).toContain('Fix');
    expect(indicator().textContent).toContain('Step 3 of 5 · Still to do: Verify and Learn.');
  });

  it('says what is done and what is left, in Dutch too, from what was recorded rather than the position', async () => {
    await renderGuide(SAMPLE_STATES.down(NL), { step: 'verify' });
    const nav = screen.getByRole('navigation', { name: 'Herstelstappen' });
    expect(nav.textContent).toContain('Stap 4 van 5 · Nog te doen: Leren.');
    expect(within(nav).queryAllByRole('button', { name: /\(klaar\)$/ })).toHaveLength(0);
    expect(within(nav).getAllByRole('button', { name: /\(nog niet gedaan\)$/ })).toHaveLength(3);
  });

  it('ticks Identify once the owner has done its checklist', async () => {
    await renderGuide(SAMPLE_STATES.down(EN), {
      step: 'fix',
      view: (view) => ({
        ...view,
        progress: { ...view.progress, checklistDone: ['identify_logs', 'identify_ask_team'] },
      }),
    });
    expect(within(indicator()).getByRole('button', { name: 'Identify (done)' })).toBeTruthy();
    expect(within(indicator()).getByRole('button', { name: 'Communicate (not done yet)' })).toBeTruthy();
  });

  it('moves with next and back, remembers the step in the app, and puts focus on the heading', async () => {
    const { bridge, location } = await renderGuide(SAMPLE_STATES.down(EN), { step: 'identify' });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Next: Communicate →' })));
    await act(settle);
    expect(stepHeading().textContent).toContain('Tell your team and your customers');
    expect(document.activeElement).toBe(stepHeading());
    expect(callsTo(bridge, 'guide.setStep')).toEqual([{ incidentId: 'i1', step: 'communicate' }]);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: '← Back: Identify' })));
    expect(stepHeading().textContent).toContain('What is wrong');
    expect(document.activeElement).toBe(stepHeading());

    await act(async () => location.back());
    expect(stepHeading().textContent).toContain('Tell your team and your customers');

    await act(async () => fireEvent.click(within(indicator()).getByRole('button', { name: /Learn/ })));
    expect(stepHeading().textContent).toContain('Write down what you learned');
    expect(screen.queryByRole('button', { name: /^Next/ })).toBeNull();
  });

  it('says calmly when the guide cannot be loaded, and tries again on request', async () => {
    const { bridge } = await renderGuide(SAMPLE_STATES.down(EN), { unavailable: true });
    expect(
      await screen.findByText(/The recovery guide cannot be shown right now\. Back Online keeps checking\./),
    ).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(callsTo(bridge, 'guide.get').length).toBeGreaterThanOrEqual(2);
  });
});

describe('the headline', () => {
  it('keeps each affected monitor’s own diagnosis and hides none', async () => {
    const state = appState(
      'down',
      [
        monitorState(0, 'down', 'http_server_error', { statusCode: 503 }),
        monitorState(2, 'down', 'connection_refused', { port: 993 }),
      ],
      { openIncidents: [incident(['m1', 'm3'], 'connection_refused', { host: 'shop.example.nl' })] },
      EN,
    );
    await renderGuide(state);
    const headline = screen.getByTestId('guide-headline');
    expect(within(headline).getByRole('heading', { level: 1 }).textContent).toBe('Webshop and Mail server');
    const affected = within(headline)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(affected).toHaveLength(2);
    expect(affected[0]).toContain('Webshop: ');
    expect(affected[1]).toContain('Mail server: ');
    expect(affected[0]).not.toBe(affected[1]?.replace('Mail server', 'Webshop'));
  });

  it('looks recovered once everything answers again, says what is left and why "Solved" comes later', async () => {
    const state = SAMPLE_STATES.down(EN);
    state.monitors = state.monitors.map((entry) => ({ ...entry, status: 'up', cause: 'ok' }));
    state.overall = 'ok';
    await renderGuide(state, {
      timeline: [{ at: SAMPLE_NOW - 60_000, type: 'check_passed', monitorId: 'm1' }],
    });
    const headline = screen.getByTestId('guide-headline');
    expect(within(headline).getByRole('heading', { level: 1 }).textContent).toBe('Webshop works again');
    expect(headline.textContent).toContain('answered normally since 13:01');
    expect(headline.textContent).toContain('What is left: check that everything works (Verify)');
    expect(headline.textContent).toContain(
      'If it keeps working for 10 minutes, Back Online marks the problem',
    );
    expect(headline.querySelector('svg')?.getAttribute('data-symbol')).toBe('ok');
  });

  it('with two open problems, points to the other one and opens it', async () => {
    const state = SAMPLE_STATES.down(EN);
    state.openIncidents = [
      ...state.openIncidents,
      { ...incident(['m5'], 'connection_timeout', { host: '192.168.1.20' }), id: 'i2' },
    ];
    const { store } = await renderGuide(state);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('There is 1 other open problem');
    await act(async () =>
      fireEvent.click(within(note).getByRole('button', { name: 'Open the other problem: Office NAS' })),
    );
    expect(store.getState().route).toEqual({ page: 'incident', incidentId: 'i2' });
  });
});
