import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_STATES } from '../../test-support/app-state-samples';
import { settle } from '../../test-support/fake-bridge';
import { renderInLocale } from '../../test-support/render-in-locale';
import { WelcomeLanguageStep } from './welcome-language-step';

afterEach(cleanup);

const checkedLanguage = () =>
  (screen.getAllByRole('radio') as HTMLInputElement[]).find((radio) => radio.checked)?.value;

describe('language and tone, in the welcome and in Settings', () => {
  it('shows the language the app speaks, also when it changes after the screen opened', async () => {
    const { store } = renderInLocale(<WelcomeLanguageStep />);
    expect(checkedLanguage()).toBe('en');
    act(() => store.setState({ appState: SAMPLE_STATES.ok({ language: 'nl', formality: 'informal' }) }));
    expect(checkedLanguage()).toBe('nl');
    expect(screen.getByRole('radio', { name: 'Informeel (je)' })).toHaveProperty('checked', true);
  });

  it("shows the owner's choice at once, before the app has answered", async () => {
    const { bridge } = renderInLocale(<WelcomeLanguageStep />);
    bridge.respond('settings.set', () => new Promise(() => undefined));
    fireEvent.click(screen.getByRole('radio', { name: 'Nederlands' }));
    await act(settle);
    expect(checkedLanguage()).toBe('nl');
  });
});
