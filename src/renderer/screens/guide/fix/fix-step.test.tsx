import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../../shared/locale';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import { SAMPLE_NOW, SAMPLE_STATES } from '../../../test-support/app-state-samples';
import { settle } from '../../../test-support/fake-bridge';
import { callsTo, renderGuide } from '../../../test-support/render-guide';

afterEach(cleanup);

const EN: Locale = { language: 'en', formality: 'formal' };

describe('step 3, fix', () => {
  it('lists the fix guide for the diagnosed cause and records what came of each step', async () => {
    const { bridge } = await renderGuide(SAMPLE_STATES.down(EN), { step: 'fix' });
    const steps = screen.getAllByRole('listitem').filter((item) => item.classList.contains('fix-list__step'));
    expect(steps.map((step) => step.querySelector('h4')?.textContent)).toEqual([
      'Wait two minutes and check again',
      'Restart the server or clear its cache',
      'Roll back the last plugin or theme update',
      'Restore a backup',
      'Call your hosting company',
    ]);
    const backup = steps[3]!;
    await act(async () => fireEvent.click(within(backup).getByRole('button', { name: 'It worked' })));
    await act(settle);
    expect(callsTo(bridge, 'guide.recordFix')).toEqual([
      { incidentId: 'i1', fixId: 'restore_backup', outcome: 'worked' },
    ]);
    expect(within(backup).getByRole('status').textContent).toBe('This worked (13:02).');
    expect(within(backup).getByRole('button', { name: 'It worked' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('offers to add a contact when there is none for this cause', async () => {
    const { store } = await renderGuide(SAMPLE_STATES.down(EN), { step: 'fix' });
    await act(settle);
    const card = screen.getByRole('region', { name: 'Who to call' });
    expect(card.textContent).toContain('Call your hosting company first.');
    expect(card.textContent).toContain('You have not added your hosting company yet.');
    await act(async () => fireEvent.click(within(card).getByRole('button', { name: 'Add a contact' })));
    expect(store.getState().route).toEqual({ page: 'settings' });
  });

  it('shows the contact for this cause with a phone link', async () => {
    const state = SAMPLE_STATES.down(EN);
    const settings = {
      ...DEFAULT_SETTINGS,
      contacts: [
        { id: 'c1', role: 'hosting' as const, name: 'HostCo', phone: '+31 10 123 45 67' },
        { id: 'c2', role: 'registrar' as const, name: 'Domains Inc' },
      ],
    };
    const { bridge } = await renderGuide(state, { step: 'fix', settings });
    await act(settle);
    expect(callsTo(bridge, 'settings.get')).not.toHaveLength(0);
    const card = screen.getByRole('region', { name: 'Who to call' });
    expect(card.textContent).toContain('HostCo');
    expect(card.textContent).not.toContain('Domains Inc');
    expect(within(card).getByRole('link', { name: '+31 10 123 45 67' }).getAttribute('href')).toBe(
      'tel:+31101234567',
    );
  });

  it('prepares the support request to the contact: copied, opened in the mail program, with the log on request', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const settings = {
      ...DEFAULT_SETTINGS,
      business: { ...DEFAULT_SETTINGS.business, name: 'Bakkerij De Zon' },
      contacts: [{ id: 'c1', role: 'hosting' as const, name: 'HostCo', email: 'help@hostco.example' }],
    };
    const { bridge } = await renderGuide(SAMPLE_STATES.down(EN), { step: 'fix', settings });
    bridge.respond('logs.tail', () => ({ ok: true, value: { lines: ['[13:00] check failed'] } }));
    await act(settle);
    const panel = screen.getByRole('region', { name: 'Prepared support request' });
    const body = within(panel).getByLabelText('The e-mail') as HTMLTextAreaElement;
    expect(body.value.split('\n')[0]).toBe('Hello HostCo,');
    expect(body.value).toContain('Bakkerij De Zon');
    expect(body.value).not.toContain('[13:00] check failed');

    await act(async () =>
      fireEvent.click(within(panel).getByRole('button', { name: 'Copy the support request' })),
    );
    await act(settle);
    expect(writeText).toHaveBeenCalledWith(body.value);
    expect(within(panel).getByRole('status').textContent).toBe(
      'Copied. Paste it into an e-mail or a support form.',
    );

    const mail = within(panel).getByRole('link', { name: 'Open in your e-mail program' });
    expect(mail.getAttribute('href')).toMatch(/^mailto:help@hostco\.example\?subject=/);
    mail.addEventListener('click', (event) => event.preventDefault());
    await act(async () => fireEvent.click(mail));
    await act(settle);
    expect(callsTo(bridge, 'guide.supportRequestShared')).toEqual([
      { incidentId: 'i1', role: 'hosting', way: 'copied' },
      { incidentId: 'i1', role: 'hosting', way: 'email' },
    ]);

    await act(async () => fireEvent.click(within(panel).getByRole('checkbox')));
    await act(settle);
    expect(callsTo(bridge, 'logs.tail')).toEqual([{ lines: 20 }]);
    expect(body.value).toContain('    [13:00] check failed');
  });

  it('restarts a local program only after the owner confirms, and says how it went', async () => {
    const { bridge } = await renderGuide(SAMPLE_STATES.down(EN), {
      step: 'fix',
      view: (view) => ({ ...view, restartableMonitorIds: ['m1'] }),
      restartOutcome: {
        monitorId: 'm1',
        incidentId: 'i1',
        at: SAMPLE_NOW,
        result: 'ran',
        exitCode: 0,
        outputTail: ['kassa started'],
        durationMs: 800,
        recheck: { status: 'up', cause: 'ok' },
      },
    });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Restart Webshop now' })));
    expect(callsTo(bridge, 'guide.restart')).toEqual([]);
    const ask = screen.getByRole('alertdialog');
    expect(ask.textContent).toContain(
      'Restart Webshop now? Whoever is using it will notice a short interruption.',
    );
    await act(async () => fireEvent.click(within(ask).getByRole('button', { name: 'Yes, restart' })));
    await act(settle);
    expect(callsTo(bridge, 'guide.restart')).toEqual([{ monitorId: 'm1' }]);
    const panel = screen.getByRole('region', { name: 'Restart Webshop' });
    expect(within(panel).getByRole('status').textContent).toContain('Restarted. Webshop works again.');
    expect(within(panel).getByRole('status').textContent).toContain('kassa started');
  });

  it('shows no restart button for a monitor without a restart command', async () => {
    await renderGuide(SAMPLE_STATES.down(EN), { step: 'fix' });
    expect(screen.queryByRole('button', { name: /Restart .* now/ })).toBeNull();
  });
});
