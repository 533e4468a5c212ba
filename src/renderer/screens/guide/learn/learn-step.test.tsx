import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../../shared/locale';
import { SAMPLE_STATES } from '../../../test-support/app-state-samples';
import { settle } from '../../../test-support/fake-bridge';
import { callsTo, renderGuide } from '../../../test-support/render-guide';

afterEach(cleanup);

const EN: Locale = { language: 'en', formality: 'formal' };

describe('step 5, learn', () => {
  it('saves the three answers and the to-dos with the incident', async () => {
    const { bridge } = await renderGuide(SAMPLE_STATES.down(EN), { step: 'learn' });
    fireEvent.change(screen.getByLabelText('What caused it?'), { target: { value: 'A theme update' } });
    fireEvent.change(screen.getByLabelText('What went well?'), { target: { value: 'Quick alert' } });
    fireEvent.change(screen.getByLabelText('What would you do better next time?'), {
      target: { value: 'Test updates first' },
    });
    fireEvent.change(screen.getByLabelText('New to-do'), { target: { value: 'Staging copy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    fireEvent.change(screen.getByLabelText('New to-do'), { target: { value: 'Remove me' } });
    fireEvent.keyDown(screen.getByLabelText('New to-do'), { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Remove me”' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Staging copy' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save the review' })));
    await act(settle);
    expect(callsTo(bridge, 'guide.saveReview')).toEqual([
      {
        incidentId: 'i1',
        answers: { whatCaused: 'A theme update', wentWell: 'Quick alert', toImprove: 'Test updates first' },
        actionItems: [{ text: 'Staging copy', done: true }],
      },
    ]);
    expect(screen.getByText('Saved.').getAttribute('role')).toBe('status');
  });

  it('shows what happened from the timeline, and copies the review with the answers typed so far, saving them', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { bridge } = await renderGuide(SAMPLE_STATES.down(EN), { step: 'learn' });
    const summary = screen.getByRole('region', { name: 'What happened' });
    const facts = [...summary.querySelectorAll('dt')].map((term) => term.textContent);
    expect(facts).toEqual([
      'Affected',
      'Cause',
      'Detected',
      'First message',
      'First message to customers',
      'Verified',
      'Resolved',
      'Total duration',
    ]);
    fireEvent.change(screen.getByLabelText('What caused it?'), { target: { value: 'A theme update' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy the review as text' })));
    await act(settle);
    expect(callsTo(bridge, 'guide.saveReview')).toHaveLength(1);
    const copied = String(writeText.mock.calls[0]?.[0] ?? '');
    expect(copied.split('\n')[0]).toMatch(/^# Incident review: /);
    expect(copied).toContain('## What caused it?\n\nA theme update\n');
    expect(copied).toContain(`- **Cause:** ${summary.querySelectorAll('dd')[1]?.textContent}`);
    expect(screen.getByTestId('review-export-notice').textContent).toBe('Copied.');
  });

  it('saves a PDF in the desktop app, and opens the print dialog where the app cannot (web mode)', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { bridge } = await renderGuide(SAMPLE_STATES.down(EN), { step: 'learn' });
    bridge.respond('app.savePdf', () => ({ ok: true, value: { saved: true } }));
    const button = screen.getByRole('button', { name: 'Print or save as PDF' });
    await act(async () => fireEvent.click(button));
    await act(settle);
    expect(callsTo(bridge, 'app.savePdf')).toEqual([{ fileName: expect.stringMatching(/^review-.*\.pdf$/) }]);
    expect(screen.getByTestId('review-export-notice').textContent).toBe('Saved as a PDF.');
    expect(print).not.toHaveBeenCalled();

    bridge.respond('app.savePdf', () => ({ ok: false, error: { code: 'unavailable' } }));
    await act(async () => fireEvent.click(button));
    await act(settle);
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('opens with what was saved before', async () => {
    await renderGuide(SAMPLE_STATES.down(EN), {
      step: 'learn',
      view: (view) => ({
        ...view,
        progress: {
          ...view.progress,
          review: {
            answers: { whatCaused: 'Expired card', wentWell: '', toImprove: '' },
            actionItems: [{ text: 'Auto-renew', done: false }],
            savedAt: 1,
          },
        },
      }),
    });
    expect((screen.getByLabelText('What caused it?') as HTMLTextAreaElement).value).toBe('Expired card');
    expect(screen.getByRole('checkbox', { name: 'Auto-renew' })).toBeTruthy();
  });
});
