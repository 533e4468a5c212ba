import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MessageLogEntry } from '../../../../shared/messages/message-log';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import { createAppStore } from '../../../store/app-store';
import { AppStoreProvider } from '../../../store/app-store-context';
import { SAMPLE_STATES } from '../../../test-support/app-state-samples';
import { FakeBridge, settle } from '../../../test-support/fake-bridge';
import { fullIncident } from '../../../test-support/incident-samples';
import { Composer } from './composer';

afterEach(cleanup);

async function renderComposer(businessName: string) {
  const state = SAMPLE_STATES.down();
  const incident = state.openIncidents[0]!;
  const bridge = new FakeBridge(state);
  const log: MessageLogEntry[] = [];
  const settings = { ...DEFAULT_SETTINGS, business: { ...DEFAULT_SETTINGS.business, name: businessName } };
  bridge.respond('settings.get', () => ({ ok: true, value: settings }));
  bridge.respond('messages.log', () => ({ ok: true, value: log }));
  bridge.respond('messages.copied', () => ({ ok: true, value: fullIncident(incident, []) }));
  const store = createAppStore(bridge, 'en-GB');
  store.getState().start();
  await act(settle);
  render(
    <AppStoreProvider store={store}>
      <Composer incidentId={incident.id} />
    </AppStoreProvider>,
  );
  const composer = await screen.findByTestId('composer');
  return { bridge, composer, incident };
}

describe('the composer', () => {
  it("shows the owner's text as text, never as markup, and copies exactly what it shows", async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { bridge, composer } = await renderComposer('<img src=x onerror=alert(1)><b>De Zon</b>');
    expect(composer.querySelector('img, b, script')).toBeNull();

    await act(async () => fireEvent.click(within(composer).getByRole('button', { name: 'Social media' })));
    const text = within(composer).getByTestId('message-text') as HTMLTextAreaElement;
    expect(text.value.startsWith('<img src=x onerror=alert(1)><b>De Zon</b>: ')).toBe(true);
    expect(composer.querySelector('img, b, script')).toBeNull();

    await act(async () => fireEvent.click(within(composer).getByRole('button', { name: 'Copy X post' })));
    await act(settle);
    expect(writeText).toHaveBeenCalledWith(text.value);
    expect(within(composer).getByRole('status')).toHaveProperty('textContent', 'Copied. Now paste it in X.');
    expect(
      bridge.calls.filter((call) => call.channel === 'messages.copied').map((call) => call.request),
    ).toEqual([{ incidentId: expect.any(String), channel: 'x', phase: 'investigating' }]);
  });

  it('says so, naming the file, when the app could not note a message as sent', async () => {
    const { bridge, composer } = await renderComposer('Bakkerij De Zon');
    bridge.respond('messages.markSent', () => ({
      ok: false,
      error: {
        code: 'storage_failed',
        storage: { problem: 'disk_full', path: '/home/ann/.config/Back Online/back-online.db' },
      },
    }));
    await act(async () => fireEvent.click(within(composer).getByRole('button', { name: 'Mark as sent' })));
    await act(settle);
    const notice = within(composer).getByTestId('message-notice').textContent ?? '';
    expect(notice).toContain('/home/ann/.config/Back Online/back-online.db');
    expect(notice).toMatch(/full/);

    bridge.respond('messages.markSent', () => ({ ok: false, error: { code: 'internal' } }));
    await act(async () => fireEvent.click(within(composer).getByRole('button', { name: 'Mark as sent' })));
    await act(settle);
    expect(within(composer).getByTestId('message-notice').textContent).toBe(
      "Back Online could not note that it was sent. The message is fine: send it, then press 'Mark as sent' again.",
    );
  });

  it('counts an edit the way X counts it and says when it is too long', async () => {
    const { composer } = await renderComposer('Bakkerij De Zon');
    await act(async () => fireEvent.click(within(composer).getByRole('button', { name: 'Social media' })));
    const text = within(composer).getByTestId('message-text');
    fireEvent.change(text, { target: { value: `Down 😕 https://example.nl/${'a'.repeat(200)}` } });
    // "Down " 5, the emoji 2, a space 1, the link 23.
    expect(within(composer).getByTestId('message-counter').textContent).toBe('31 of 280 characters');
    fireEvent.change(text, { target: { value: 'x'.repeat(290) } });
    expect(within(composer).getByTestId('message-counter').textContent).toBe(
      '290 of 280 characters: 10 too many. Make it shorter before you post it.',
    );
  });

  it('names the facts it is missing instead of printing placeholders', async () => {
    const { composer } = await renderComposer('');
    await act(async () => fireEvent.click(within(composer).getByRole('button', { name: 'Customers' })));
    expect(within(composer).getByText('Still missing: your business name.')).toBeTruthy();
    expect((within(composer).getByTestId('message-text') as HTMLTextAreaElement).value).not.toMatch(/[{}]/);
  });
});
