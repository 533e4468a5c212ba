import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../../../shared/locale';
import { SAMPLE_STATES } from '../../../test-support/app-state-samples';
import { settle } from '../../../test-support/fake-bridge';
import { callsTo, renderGuide } from '../../../test-support/render-guide';

afterEach(cleanup);

const EN: Locale = { language: 'en', formality: 'formal' };
const NL: Locale = { language: 'nl', formality: 'formal' };

function downWithEvidence(locale: Locale) {
  const state = SAMPLE_STATES.down(locale);
  const [webshop] = state.monitors;
  if (webshop?.lastResult) {
    webshop.lastResult = {
      ...webshop.lastResult,
      timings: { dns: 12, connect: 30, tls: 45, firstByte: 8_009, total: 8_100 },
      details: {
        ...webshop.lastResult.details,
        statusCode: 500,
        validFrom: '2025-01-01T00:00:00Z',
        validTo: '2025-06-01T00:00:00Z',
        addresses: '203.0.113.7',
        errorPage: 'WordPress critical error',
      },
    };
  }
  return state;
}

describe('step 1, identify', () => {
  it('says in one plain sentence what is wrong, since when, and that the owner’s internet works', async () => {
    await renderGuide(downWithEvidence(EN), { step: 'identify' });
    const summary = screen.getByTestId('identify-summary').textContent;
    expect(summary).toContain(
      'Webshop (shop.example.nl): Your website shows an error instead of your pages. Since 12:42.',
    );
    expect(summary).toContain('Your own internet works, so the problem is not on your side.');
  });

  it('shows the evidence: phase timings as people read them, status code, certificate, DNS, error page', async () => {
    await renderGuide(downWithEvidence(EN), { step: 'identify' });
    const evidence = screen.getByTestId('evidence-m1').textContent ?? '';
    expect(evidence).toContain('Finding the address');
    expect(evidence).toContain('First answer');
    expect(evidence).not.toContain('8009');
    expect(evidence).toContain('The server answered with code 500.');
    expect(evidence).toContain('Certificate valid from 1 January 2025 until 1 June 2025.');
    expect(evidence).toContain('The name points to 203.0.113.7.');
    expect(evidence).toContain('Recognised the page: WordPress critical error.');
  });

  it('puts the team’s answer into the timeline as a note and ticks the item', async () => {
    const { bridge } = await renderGuide(SAMPLE_STATES.down(EN), { step: 'identify' });
    fireEvent.change(screen.getByLabelText('What did the team say? (saved in the timeline)'), {
      target: { value: 'Jan updated the theme' },
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save the note' })));
    await act(settle);
    expect(callsTo(bridge, 'guide.setChecklistItem')).toEqual([
      { incidentId: 'i1', item: 'identify_ask_team', done: true, note: 'Jan updated the theme' },
    ]);
    const timeline = screen.getByRole('region', { name: 'What happened so far' });
    expect(timeline.textContent).toContain('Jan updated the theme');
    expect(screen.getByRole('status').textContent).toBe('Saved in the timeline.');
  });

  it('recalls how the same problem was fixed last time', async () => {
    await renderGuide(SAMPLE_STATES.down(EN), {
      step: 'identify',
      view: (view) => ({
        ...view,
        memory: [
          {
            incidentId: 'old',
            openedAt: new Date(2025, 2, 12, 10).getTime(),
            resolvedAt: new Date(2025, 2, 12, 10, 40).getTime(),
            durationMs: 40 * 60_000,
            workedFixes: ['restore_backup'],
            restartWorked: false,
            whatCaused: '',
          },
        ],
      }),
    });
    expect(screen.getByTestId('earlier-recovery').textContent).toBe(
      'Last time (12 March) this happened, “Restore a backup” fixed it, in 40 minutes.',
    );
  });

  it('checks again on request and shows that it is running', async () => {
    const { bridge } = await renderGuide(SAMPLE_STATES.down(EN), { step: 'identify' });
    let finish: (() => void) | undefined;
    bridge.respond(
      'checks.runNow',
      () => new Promise((resolve) => (finish = () => resolve({ ok: true, value: bridge.state }))),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Check again now' })));
    const running = screen.getByRole('button', { name: 'Checking…' }) as HTMLButtonElement;
    expect(running.disabled).toBe(true);
    await act(async () => finish?.());
    expect(screen.getByRole('button', { name: 'Check again now' })).toBeTruthy();
  });

  it('reads in Dutch', async () => {
    await renderGuide(downWithEvidence(NL), { step: 'identify' });
    expect(screen.getByTestId('identify-summary').textContent).toContain(
      'Uw eigen internet werkt, dus het probleem ligt niet bij u.',
    );
    const checklist = screen.getByRole('region', { name: 'Drie dingen om na te gaan' });
    expect(within(checklist).getByRole('button', { name: 'Notitie bewaren' })).toBeTruthy();
  });
});
