import type { MessageChannel } from './channels';
import type { ShareContent } from './share-intents';
import { CHANNEL_SHARE_NETWORK, shareLinkForChannel } from './share-intents';

/**
 * A code the phone reads off a laptop screen at arm's length. Error correction M (15 % of the code may be
 * unreadable: glare, a finger, a dusty screen) is what screens need; H would halve what fits. Version 25
 * is the largest we draw: 117 modules plus a 4-module quiet zone on each side is 125 modules, and at
 * 3 CSS pixels a module that is 375 px, which still fits the 420 px narrow window. A module of 3 CSS px is
 * about 0.8 mm on a 96 dpi screen; a phone camera streaming 1920 px across a 60 cm field at arm's length
 * sees about 2.5 camera pixels per module there, above the 2 a decoder needs. Beyond version 25 modules
 * get smaller than that or the code wider than the window.
 */
export const QR_ERROR_CORRECTION = 'M';
export const QR_MAX_VERSION = 25;
/**
 * What version 25 at level M holds in byte mode (ISO/IEC 18004 table 7); the test checks this against
 * the encoder. Byte mode is the costliest mode for any text, so a payload within it always fits.
 */
export const QR_MAX_BYTES = 997;
export const QR_QUIET_ZONE_MODULES = 4;
export const QR_MIN_MODULE_PX = 3;
export const QR_MIN_SIZE_PX = 240;

/**
 * What a code holds. `app_link`: the network's share link with the text in it, so the scan opens the app
 * with the post filled in (an e-mail opens the mail app). `plain_text`: a network that takes no text from a
 * link; the phone shows the text and offers to copy it. `link_only`: the whole message did not fit, so
 * the code holds only the share link (or the page link) and the owner is told so. `shortened`: an e-mail
 * (the support request) too long for one code opens with its first lines, cut between lines.
 */
export type QrPayloadKind = 'app_link' | 'plain_text' | 'link_only' | 'shortened';

export type QrPayload =
  | { fits: true; kind: QrPayloadKind; data: string; bytes: number }
  /** Not even the link fits, or there is no link to fall back to: no code, say so. */
  | { fits: false; bytes: number };

const utf8 = new TextEncoder();

/** What a code's payload costs: QR byte mode carries UTF-8, so an emoji is 4 bytes and é is 2. */
export function qrPayloadBytes(data: string): number {
  return utf8.encode(data).length;
}

function fitting(kind: QrPayloadKind, data: string): QrPayload | null {
  const bytes = qrPayloadBytes(data);
  return bytes <= QR_MAX_BYTES && data.length > 0 ? { fits: true, kind, data, bytes } : null;
}

/** The whole message: the share link with the text where the channel's network takes text, else the text. */
function wholeMessage(channel: MessageChannel, content: ShareContent): { kind: QrPayloadKind; data: string } {
  const share = shareLinkForChannel(channel, content);
  return share?.carriesText
    ? { kind: 'app_link', data: share.url }
    : { kind: 'plain_text', data: content.text };
}

function carriesLink(url: string, link: string): boolean {
  try {
    return [...new URL(url).searchParams.values()].includes(link);
  } catch {
    return false;
  }
}

/**
 * The short form when the whole message is too long: the network's share link carrying only the page link
 * (X, WhatsApp, Bluesky open with the link as the post; Facebook and LinkedIn have link-only share pages),
 * or the page link by itself where the network has no share link that takes one.
 */
function linkOnly(channel: MessageChannel, content: ShareContent): QrPayload | null {
  if (!content.link) return null;
  const share = shareLinkForChannel(channel, { ...content, text: content.link });
  const opensWithLink = share !== null && (share.carriesText || carriesLink(share.url, content.link));
  return fitting('link_only', opensWithLink ? share.url : content.link);
}

/**
 * An e-mail has no page to link to, but its first lines (the greeting, what is wrong and since when) still
 * get help started: the mail app opens with as many whole lines as fit, then an ellipsis.
 */
function shortenedEmail(channel: MessageChannel, content: ShareContent): QrPayload | null {
  if (CHANNEL_SHARE_NETWORK[channel] !== 'email') return null;
  const lines = content.text.split('\n');
  for (let keep = lines.length - 1; keep > 0; keep--) {
    const opening = lines.slice(0, keep).join('\n').trimEnd();
    const share = shareLinkForChannel(channel, { ...content, text: `${opening}\n…` });
    const payload = share && fitting('shortened', share.url);
    if (payload) return payload;
  }
  return null;
}

/** What the code for one message holds, within the size that scans well from a screen. */
export function qrPayloadFor(channel: MessageChannel, content: ShareContent): QrPayload {
  const whole = wholeMessage(channel, content);
  return (
    fitting(whole.kind, whole.data) ??
    shortenedEmail(channel, content) ??
    linkOnly(channel, content) ?? { fits: false, bytes: qrPayloadBytes(whole.data) }
  );
}

/** The drawn size: at least 240 px and at least 3 px a module, quiet zone included. */
export function qrSizePx(modulesPerSide: number): number {
  return Math.max(QR_MIN_SIZE_PX, (modulesPerSide + 2 * QR_QUIET_ZONE_MODULES) * QR_MIN_MODULE_PX);
}
