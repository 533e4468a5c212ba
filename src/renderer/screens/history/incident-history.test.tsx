import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { incident } from '../../test-support/app-state-samples';
import { minutesAgo } from '../../test-support/incident-samples';
import { renderInLocale } from '../../test-support/render-in-locale';
import { IncidentHistory } from './incident-history';

afterEach(cleanup);

const told = {
  ...incident(['m1'], 'http_server_error'),
  id: 'told',
  openedAt: minutesAgo(120),
  firstCustomerMessageAt: minutesAgo(116),
  resolvedAt: minutesAgo(90),
};
const silent = {
  ...incident(['m1'], 'connection_refused'),
  id: 'silent',
  openedAt: minutesAgo(60),
  resolvedAt: minutesAgo(50),
};

describe('the incident history', () => {
  it('says for each problem when customers were told, and how soon on average', async () => {
    renderInLocale(<IncidentHistory />, undefined, undefined, (bridge) =>
      bridge.respond('incidents.list', () => ({ ok: true, value: [silent, told] })),
    );
    const rows = await screen.findAllByRole('row');
    expect(within(rows[0]!).getByRole('columnheader', { name: 'Customers told after' })).toBeTruthy();
    expect(rows[1]?.textContent).toContain('not told');
    expect(rows[2]?.textContent).toContain('4 min');
    expect(
      screen.getByText(
        'On average your customers heard from you 4 min after a problem started. Within 5 minutes keeps them patient.',
      ),
    ).toBeTruthy();
  });

  it('in informal Dutch', async () => {
    renderInLocale(<IncidentHistory />, { language: 'nl', formality: 'informal' }, undefined, (bridge) =>
      bridge.respond('incidents.list', () => ({ ok: true, value: [silent, told] })),
    );
    await screen.findByRole('columnheader', { name: 'Klanten ingelicht na' });
    expect(screen.getByText('niet ingelicht')).toBeTruthy();
    expect(screen.getByText(/^Gemiddeld hoorden je klanten 4 min na het begin/)).toBeTruthy();
  });
});
