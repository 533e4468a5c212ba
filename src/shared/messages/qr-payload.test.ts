import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeQrImage, rasterizeQrModules } from '../../../test/support/qr-decode';
import { BAKERY_T0, bakeryIncident } from '../../../test/support/guide-incidents';
import { supportRequest, supportRequestMailto } from '../guide/support-request';
import type { MessageChannel } from './channels';
import type { QrPayload } from './qr-payload';
import { shareLink } from './share-intents';
import {
  QR_ERROR_CORRECTION,
  QR_MAX_BYTES,
  QR_MAX_VERSION,
  qrPayloadBytes,
  qrPayloadFor,
  qrSizePx,
} from './qr-payload';

const TRICKY =
  'Bakkerij De Zon 🥐: onze webshop is sinds 09:42 niet bereikbaar.\n' +
  'Bestel & betaal in de winkel #bakkerij; 50% korting? Ja! (vandaag) café';
const LINK = 'https://status.bakkerijdezon.nl/';
const X_SHARE = 'https://x.com/intent/tweet?text=';

function fitted(payload: QrPayload) {
  if (!payload.fits) throw new Error(`expected a code, got one of ${payload.bytes} bytes that does not fit`);
  return payload;
}

/** The text a share link carries, as the app on the phone reads it. */
function carriedText(url: string, parameter = 'text'): string | null {
  return new URL(url).searchParams.get(parameter);
}

describe('the size limit', () => {
  it('is what version 25 holds at level M, checked against the encoder', () => {
    const atLimit = QRCode.create('a'.repeat(QR_MAX_BYTES), { errorCorrectionLevel: QR_ERROR_CORRECTION });
    expect(atLimit.version).toBe(QR_MAX_VERSION);
    const over = QRCode.create('a'.repeat(QR_MAX_BYTES + 1), { errorCorrectionLevel: QR_ERROR_CORRECTION });
    expect(over.version).toBe(QR_MAX_VERSION + 1);
  });

  it('counts UTF-8 bytes, as the code carries them: an emoji is 4, é is 2', () => {
    expect(qrPayloadBytes('abc')).toBe(3);
    expect(qrPayloadBytes('é')).toBe(2);
    expect(qrPayloadBytes('🥐')).toBe(4);
  });

  it('draws at least 240 px and at least 3 px a module with a 4-module quiet zone', () => {
    expect(qrSizePx(21)).toBe(240);
    expect(qrSizePx(117)).toBe(375);
  });
});

describe('the share link with the text, for networks that take text', () => {
  const cases: [MessageChannel, string][] = [
    ['x', 'https://x.com/intent/tweet?text='],
    ['whatsapp_status', 'https://wa.me/?text='],
    ['team_chat', 'https://wa.me/?text='],
    ['bluesky', 'https://bsky.app/intent/compose?text='],
  ];
  for (const [channel, prefix] of cases) {
    it(`${channel}: opens the app with the text, emoji, &, #, newlines and accents intact`, () => {
      const payload = fitted(qrPayloadFor(channel, { text: TRICKY, link: LINK }));
      expect(payload.kind).toBe('app_link');
      expect(payload.data.startsWith(prefix)).toBe(true);
      expect(carriedText(payload.data)).toBe(TRICKY);
      // Nothing in the text can end the parameter or the link early.
      expect(payload.data.slice(prefix.length)).not.toMatch(/[\s&#?]/);
      expect(payload.bytes).toBe(qrPayloadBytes(payload.data));
    });
  }

  it("mastodon: opens the share page on the owner's own server", () => {
    const payload = fitted(qrPayloadFor('mastodon', { text: TRICKY, mastodonHandle: '@dezon@mastodon.nl' }));
    expect(payload.kind).toBe('app_link');
    expect(payload.data.startsWith('https://mastodon.nl/share?text=')).toBe(true);
    expect(carriedText(payload.data)).toBe(TRICKY);
  });

  it('mastodon without a server: the plain text, which the phone offers to copy', () => {
    const payload = fitted(qrPayloadFor('mastodon', { text: TRICKY }));
    expect(payload).toMatchObject({ kind: 'plain_text', data: TRICKY });
  });

  it('e-mail: opens the mail app with the address, the subject and the body, lines ending in CRLF', () => {
    const payload = fitted(
      qrPayloadFor('email', { text: TRICKY, subject: 'Storing webshop & kassa', recipient: 'help@host.nl' }),
    );
    expect(payload.kind).toBe('app_link');
    expect(payload.data.startsWith('mailto:help@host.nl?')).toBe(true);
    const query = new URLSearchParams(payload.data.slice(payload.data.indexOf('?')));
    expect(query.get('subject')).toBe('Storing webshop & kassa');
    expect(query.get('body')).toBe(TRICKY.replace('\n', '\r\n'));
  });
});

describe('the plain text, for networks that take no text from a link', () => {
  for (const channel of [
    'instagram_caption',
    'instagram_story',
    'facebook',
    'linkedin',
    'google_business',
    'website_banner',
    'phone_script',
  ] as const) {
    it(`${channel}: the text exactly as written`, () => {
      const payload = fitted(qrPayloadFor(channel, { text: TRICKY, link: LINK }));
      expect(payload).toMatchObject({ kind: 'plain_text', data: TRICKY, bytes: qrPayloadBytes(TRICKY) });
    });
  }
});

describe('when the message is too long for a code that scans well', () => {
  it('fits at exactly the limit and falls back one byte over it', () => {
    const atLimit = 'a'.repeat(QR_MAX_BYTES - X_SHARE.length);
    expect(fitted(qrPayloadFor('x', { text: atLimit, link: LINK })).kind).toBe('app_link');
    expect(qrPayloadFor('x', { text: `${atLimit}a`, link: LINK })).toMatchObject({ kind: 'link_only' });
  });

  it('counts the encoded link, not the characters: emoji cost 12 bytes each in a share link', () => {
    // 90 emoji are 360 bytes of text but 1,080 in a share link.
    const emoji = '🥐'.repeat(90);
    expect(qrPayloadBytes(emoji)).toBeLessThan(QR_MAX_BYTES);
    expect(fitted(qrPayloadFor('instagram_caption', { text: emoji })).kind).toBe('plain_text');
    expect(qrPayloadFor('x', { text: emoji })).toEqual({ fits: false, bytes: X_SHARE.length + 1080 });
  });

  const long = 'Onze webshop is even niet bereikbaar. '.repeat(30);

  it('X: the share link with only the page link as the post', () => {
    const payload = fitted(qrPayloadFor('x', { text: long, link: LINK }));
    expect(payload.kind).toBe('link_only');
    expect(carriedText(payload.data)).toBe(LINK);
  });

  it('Facebook: its share page for the page link', () => {
    const payload = fitted(qrPayloadFor('facebook', { text: long, link: LINK }));
    expect(payload.kind).toBe('link_only');
    expect(payload.data.startsWith('https://www.facebook.com/sharer/sharer.php?')).toBe(true);
    expect(carriedText(payload.data, 'u')).toBe(LINK);
  });

  it('Instagram: the page link by itself, since Instagram has no share link', () => {
    expect(qrPayloadFor('instagram_caption', { text: long, link: LINK })).toEqual({
      fits: true,
      kind: 'link_only',
      data: LINK,
      bytes: LINK.length,
    });
  });

  it('e-mail: a new mail with the subject and the link', () => {
    const payload = fitted(qrPayloadFor('email', { text: long, subject: 'Storing', link: LINK }));
    expect(payload.kind).toBe('link_only');
    const query = new URLSearchParams(payload.data.slice(payload.data.indexOf('?')));
    expect(query.get('subject')).toBe('Storing');
    expect(query.get('body')).toBe(LINK);
  });

  it('the support request: the mail app opens with its first whole lines, then an ellipsis', () => {
    const request = supportRequest({
      incident: bakeryIncident(),
      names: new Map([['m-shop', 'Webshop']]),
      lastResults: new Map(),
      ownInternetWorks: true,
      contact: { name: 'Hostnet support', email: 'support@hostnet.example' },
      businessName: 'Bakkerij De Zon',
      now: BAKERY_T0 + 12 * 60_000,
      locale: { language: 'nl', formality: 'formal' },
    });
    const content = { text: request.body, subject: request.subject, recipient: 'support@hostnet.example' };
    // The whole request, every fact a technician asks for, is more than one code that scans well holds.
    expect(supportRequestMailto(request, { email: 'support@hostnet.example' })?.url.length).toBeGreaterThan(
      QR_MAX_BYTES,
    );
    const payload = fitted(qrPayloadFor('email', content));
    expect(payload.kind).toBe('shortened');
    expect(payload.data.startsWith('mailto:support@hostnet.example?')).toBe(true);
    const query = new URLSearchParams(payload.data.slice(payload.data.indexOf('?')));
    expect(query.get('subject')).toBe(request.subject);
    const lines = (query.get('body') ?? '').split('\r\n');
    expect(lines.at(-1)).toBe('…');
    const kept = lines.slice(0, -1);
    expect(kept.length).toBeGreaterThan(2);
    expect(request.body.split('\n').slice(0, kept.length)).toEqual(kept);
    // As many whole lines as fit: one more would not.
    const oneMore = request.body
      .split('\n')
      .slice(0, kept.length + 1)
      .join('\n');
    expect(
      qrPayloadBytes(shareLink('email', { ...content, text: `${oneMore}\n…` })?.url ?? ''),
    ).toBeGreaterThan(QR_MAX_BYTES);
  });

  it('no code at all without a link, with the size that did not fit', () => {
    expect(qrPayloadFor('instagram_caption', { text: long })).toEqual({
      fits: false,
      bytes: qrPayloadBytes(long),
    });
  });
});

describe('a payload read back by a decoder', () => {
  for (const channel of ['x', 'instagram_caption'] as const) {
    it(`${channel}: encodes at level M within version 25 and decodes to the same bytes`, () => {
      const payload = fitted(qrPayloadFor(channel, { text: TRICKY.repeat(4), link: LINK }));
      const code = QRCode.create(payload.data, { errorCorrectionLevel: QR_ERROR_CORRECTION });
      expect(code.version).toBeLessThanOrEqual(QR_MAX_VERSION);
      const image = rasterizeQrModules(code.modules);
      expect(decodeQrImage(image.rgba, image.width, image.height)).toBe(payload.data);
    });
  }
});
