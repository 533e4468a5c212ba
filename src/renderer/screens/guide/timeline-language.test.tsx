import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { describeCause } from '../../../shared/diagnosis';
import type { IncidentEvent } from '../../../shared/incident';
import { OWNER_LANGUAGE_DETAIL } from '../../../shared/incident-events';
import type { Locale } from '../../../shared/locale';
import { SAMPLE_NOW, SAMPLE_STATES } from '../../test-support/app-state-samples';
import { minutesAgo } from '../../test-support/incident-samples';
import { renderGuide } from '../../test-support/render-guide';

afterEach(cleanup);

const EN: Locale = { language: 'en', formality: 'formal' };
const NL: Locale = { language: 'nl', formality: 'formal' };
const FACTS = { host: 'shop.example.nl', statusCode: 500 };

const TIMELINE: IncidentEvent[] = [
  { at: minutesAgo(20), type: 'detected', monitorId: 'm1', cause: 'http_server_error', details: FACTS },
  {
    at: minutesAgo(15),
    type: 'action_tried',
    text: 'Asked the team whether anything changed today',
    details: { guideAction: 'checklist', item: 'identify_ask_team', [OWNER_LANGUAGE_DETAIL]: 'en' },
  },
  {
    at: minutesAgo(10),
    type: 'note',
    text: 'Jan heeft de plug-in bijgewerkt',
    details: { [OWNER_LANGUAGE_DETAIL]: 'nl' },
  },
];

function timelineTexts(heading: string): string[] {
  const region = screen.getByRole('region', { name: heading });
  return within(region)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.timeline__text')?.textContent ?? '');
}

describe('the guide’s timeline', () => {
  it('says what the app saw in today’s language and what the owner did as they wrote it', async () => {
    const { bridge } = await renderGuide(SAMPLE_STATES.down(NL), { step: 'identify', timeline: TIMELINE });
    expect(timelineTexts('Wat er tot nu toe is gebeurd')).toEqual([
      `Probleem opgemerkt: ${describeCause('http_server_error', FACTS, NL).title}`,
      'Tried: Asked the team whether anything changed today',
      'Notitie: Jan heeft de plug-in bijgewerkt',
    ]);
    // A screen reader reads the English line with English sounds.
    expect(
      screen.getByText('Tried: Asked the team whether anything changed today').getAttribute('lang'),
    ).toBe('en');
    expect(screen.getByText('Notitie: Jan heeft de plug-in bijgewerkt').hasAttribute('lang')).toBe(false);

    await act(async () => bridge.push({ ...SAMPLE_STATES.down(EN), generatedAt: SAMPLE_NOW + 1 }));
    expect(timelineTexts('What happened so far')).toEqual([
      `Problem noticed: ${describeCause('http_server_error', FACTS, EN).title}`,
      'Tried: Asked the team whether anything changed today',
      'Notitie: Jan heeft de plug-in bijgewerkt',
    ]);
    expect(screen.getByText('Notitie: Jan heeft de plug-in bijgewerkt').getAttribute('lang')).toBe('nl');
  });
});
