import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeQrImage, modulesFromRunsPath, rasterizeQrModules } from '../../../test/support/qr-decode';
import type { ShareContent } from '../../shared/messages/share-intents';
import { createAppStore } from '../store/app-store';
import { AppStoreProvider } from '../store/app-store-context';
import { SAMPLE_STATES } from '../test-support/app-state-samples';
import { FakeBridge } from '../test-support/fake-bridge';
import type { SendToPhoneProps } from './send-to-phone';
import { SendToPhone } from './send-to-phone';

afterEach(cleanup);

const POST =
  'Bakkerij De Zon: onze webshop is sinds 09:42 niet bereikbaar 🥐 Bestel & betaal in de winkel. #dezon';
const LINK = 'https://status.dezon.nl/';

function renderSendToPhone(props: Partial<SendToPhoneProps> = {}, navigatorLanguage = 'en-GB') {
  const store = createAppStore(new FakeBridge(SAMPLE_STATES.down()), navigatorLanguage);
  render(
    <AppStoreProvider store={store}>
      <SendToPhone
        channel="x"
        content={{ text: POST, link: LINK }}
        what="X post"
        network="X"
        business="Bakkerij De Zon"
        {...props}
      />
    </AppStoreProvider>,
  );
}

/** Decodes the drawn SVG the way a camera would see it: modules back to pixels, then a QR decoder. */
function decodeDrawnCode(name: string | RegExp): string | null {
  const svg = screen.getByRole('img', { name });
  const side = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
  const path = svg.querySelector('path')?.getAttribute('d') ?? '';
  const modules = modulesFromRunsPath(path, side);
  const image = rasterizeQrModules(modules);
  return decodeQrImage(image.rgba, image.width, image.height);
}

describe('Send to phone', () => {
  it('shows no code until asked, then a code named for what it holds, at least 240 px', () => {
    renderSendToPhone();
    expect(screen.queryByRole('img')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Send to phone' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide the code');
    const code = screen.getByRole('img', { name: 'QR code: X post for Bakkerij De Zon' });
    expect(Number(code.getAttribute('width'))).toBeGreaterThanOrEqual(240);
    expect(code.querySelector('rect')?.getAttribute('fill')).toBe('#ffffff');
    expect(code.querySelector('path')?.getAttribute('fill')).toBe('#000000');
    expect(screen.getByText(/X opens with the message filled in/)).toBeTruthy();
  });

  it('draws a code that decodes to the X share link carrying the post', () => {
    renderSendToPhone();
    fireEvent.click(screen.getByRole('button', { name: 'Send to phone' }));
    const decoded = decodeDrawnCode(/X post/);
    expect(decoded).not.toBeNull();
    expect(new URL(decoded ?? '').searchParams.get('text')).toBe(POST);
  });

  it('draws the plain text for Instagram and says to copy it on the phone', () => {
    renderSendToPhone({ channel: 'instagram_caption', what: 'Instagram caption', network: 'Instagram' });
    fireEvent.click(screen.getByRole('button', { name: 'Send to phone' }));
    expect(decodeDrawnCode('QR code: Instagram caption for Bakkerij De Zon')).toBe(POST);
    expect(screen.getByText(/copy the text it shows.*open Instagram on your phone/)).toBeTruthy();
  });

  it('says so and holds only the link when the message is too long', () => {
    const content: ShareContent = { text: 'Onze webshop is even niet bereikbaar. '.repeat(40), link: LINK };
    renderSendToPhone({ content });
    fireEvent.click(screen.getByRole('button', { name: 'Send to phone' }));
    expect(new URL(decodeDrawnCode(/X post/) ?? '').searchParams.get('text')).toBe(LINK);
    expect(
      screen.getByText(/too long for a code your phone can read, so the code holds only the link/),
    ).toBeTruthy();
  });

  it('shows no code and says what to do when even the link does not fit', () => {
    renderSendToPhone({ content: { text: 'Onze webshop is even niet bereikbaar. '.repeat(40) } });
    fireEvent.click(screen.getByRole('button', { name: 'Send to phone' }));
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.getByText(/Copy it here on this computer, or make it shorter/)).toBeTruthy();
  });

  it('logs each showing of a code, and not a message too long for one', () => {
    const onShown = vi.fn();
    renderSendToPhone({ onShown });
    const toggle = screen.getByRole('button', { name: 'Send to phone' });
    fireEvent.click(toggle);
    fireEvent.click(toggle);
    expect(onShown).toHaveBeenCalledTimes(1);
    fireEvent.click(toggle);
    expect(onShown).toHaveBeenCalledTimes(2);
    cleanup();
    const tooLong = vi.fn();
    renderSendToPhone({
      onShown: tooLong,
      content: { text: 'Onze webshop is even niet bereikbaar. '.repeat(40) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send to phone' }));
    expect(tooLong).not.toHaveBeenCalled();
  });

  it('records "posted from my phone" once, and confirms it', async () => {
    const onSentFromPhone = vi.fn(async () => true);
    renderSendToPhone({ onSentFromPhone });
    fireEvent.click(screen.getByRole('button', { name: 'Send to phone' }));
    const mark = screen.getByRole('button', { name: 'I posted it from my phone' });
    fireEvent.click(mark);
    expect(await screen.findByText(/Noted: sent from your phone/)).toBeTruthy();
    fireEvent.click(mark);
    expect(onSentFromPhone).toHaveBeenCalledTimes(1);
  });

  it('speaks Dutch', () => {
    renderSendToPhone({ what: 'X-bericht' }, 'nl-NL');
    fireEvent.click(screen.getByRole('button', { name: 'Naar telefoon sturen' }));
    expect(screen.getByRole('img', { name: 'QR-code: X-bericht voor Bakkerij De Zon' })).toBeTruthy();
    expect(screen.getByText(/Richt de camera van uw telefoon op de code/)).toBeTruthy();
  });
});
