import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../../../shared/locale';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import { SAMPLE_STATES } from '../../../test-support/app-state-samples';
import { minutesAgo } from '../../../test-support/incident-samples';
import { renderGuide } from '../../../test-support/render-guide';

afterEach(cleanup);

const EN: Locale = { language: 'en', formality: 'formal' };

describe('step 2, communicate', () => {
  it('says nothing went out yet, team first', async () => {
    await renderGuide(SAMPLE_STATES.down(EN), { step: 'communicate' });
    expect(screen.getByRole('region', { name: 'Already sent' }).textContent).toContain(
      'Nothing sent yet. Start with your team.',
    );
  });

  it('lists what was sent and when the next customer update is due', async () => {
    await renderGuide(SAMPLE_STATES.down(EN), {
      step: 'communicate',
      timeline: [{ at: minutesAgo(10), type: 'message_sent', text: 'X post' }],
      settings: { ...DEFAULT_SETTINGS, messages: { ...DEFAULT_SETTINGS.messages, cadenceMinutes: 30 } },
    });
    const sent = screen.getByRole('region', { name: 'Already sent' });
    expect(sent.textContent).toContain('12:52: X post');
    expect((await screen.findByTestId('next-update')).textContent).toBe(
      'Next update to your customers due at 13:22.',
    );
  });

  it('says an update is due once the cadence has passed', async () => {
    await renderGuide(SAMPLE_STATES.down(EN), {
      step: 'communicate',
      timeline: [{ at: minutesAgo(45), type: 'message_sent', text: 'E-mail' }],
    });
    expect((await screen.findByTestId('next-update')).textContent).toBe(
      'An update to your customers is due now.',
    );
  });
});
