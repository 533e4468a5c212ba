import type { MessageChannel } from './channels';

/**
 * Where a prepared message can be opened ready to post. Checked against each network's documentation:
 * - X: `https://x.com/intent/tweet?text=` (docs.x.com, "Post Web Intent"; `text` is UTF-8, URL-encoded);
 * - WhatsApp: `https://wa.me/?text=` (WhatsApp "click to chat": without a number the app asks whom to
 *   send it to, which is what a team group or a status needs);
 * - Bluesky: `https://bsky.app/intent/compose?text=` (docs.bsky.app, "Action Intent Links");
 * - Threads: `https://www.threads.com/intent/post?text=` (Meta, "Threads Web Intents");
 * - Mastodon: `https://<server>/share?text=` on the owner's own server (no global endpoint exists);
 * - LinkedIn: `https://www.linkedin.com/sharing/share-offsite/?url=` takes a link only, no text;
 * - Facebook: `https://www.facebook.com/sharer/sharer.php?u=` takes a link only: its platform policy
 *   forbids prefilled text;
 * - Instagram and Google Business Profile take nothing from a link: the owner pastes the text there;
 * - e-mail: `mailto:` with `subject` and `body` only (RFC 6068).
 * Where a network takes no text, `carriesText` is false and the window copies the text before opening.
 */
export const SHARE_NETWORKS = [
  'x',
  'whatsapp',
  'bluesky',
  'threads',
  'mastodon',
  'linkedin',
  'facebook',
  'instagram',
  'google_business',
  'email',
] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

export interface ShareContent {
  text: string;
  /** E-mail only. */
  subject?: string;
  /** The page a link-only network shares: the status page, else the website. */
  link?: string;
  /** E-mail only: who it goes to; empty leaves the "To" field for the owner. */
  recipient?: string;
  /** Mastodon only: the owner's handle, `@name@server` or `https://server/@name`. */
  mastodonHandle?: string;
}

export interface ShareLink {
  network: ShareNetwork;
  url: string;
  /** False when the network cannot take the text: copy it first, then open. */
  carriesText: boolean;
}

/** Which network each message channel opens in; null where there is nothing to open (a banner, a call). */
export const CHANNEL_SHARE_NETWORK: Record<MessageChannel, ShareNetwork | null> = {
  team_chat: 'whatsapp',
  email: 'email',
  website_banner: null,
  phone_script: null,
  google_business: 'google_business',
  x: 'x',
  facebook: 'facebook',
  instagram_caption: 'instagram',
  instagram_story: 'instagram',
  linkedin: 'linkedin',
  whatsapp_status: 'whatsapp',
  bluesky: 'bluesky',
  mastodon: 'mastodon',
};

/**
 * RFC 3986 percent-encoding of one query value: encodeURIComponent leaves `!'()*` as they are, which
 * some apps cut a link at; spaces become %20 (never `+`, which mail programs show as a plus).
 */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Mail bodies end lines with CRLF (RFC 6068 §5); a lone LF may arrive as one long line. */
function mailBody(text: string): string {
  return encodeQueryValue(text.replace(/\r?\n/g, '\r\n'));
}

const HOST_NAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** The server of a Mastodon handle (`@bakker@mastodon.nl` or `https://mastodon.nl/@bakker`); null when unclear. */
export function mastodonServer(handle: string): string | null {
  const trimmed = handle.trim();
  const fromHandle = /^@?[\w.-]+@([^@/\s]+)$/.exec(trimmed)?.[1];
  let server = fromHandle;
  if (server === undefined) {
    try {
      const url = new URL(trimmed);
      if (url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '')
        server = url.hostname;
    } catch {
      return null;
    }
  }
  return server !== undefined && HOST_NAME.test(server) ? server.toLowerCase() : null;
}

/** A plain e-mail address, or nothing: anything else in a mailto: "To" could add headers. */
const EMAIL_ADDRESS = /^[^\s@?&#%,;:<>"\\/]+@[a-z0-9.-]+\.[a-z]{2,63}$/i;

/** An https link with no credentials, or undefined. */
function safeLink(link: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' && url.username === '' && url.password === '' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The link that opens `network` with the content, or null when it cannot be opened (Mastodon without a server). */
export function shareLink(network: ShareNetwork, content: ShareContent): ShareLink | null {
  const text = encodeQueryValue(content.text);
  const link = safeLink(content.link);
  const withText = (url: string): ShareLink => ({ network, url, carriesText: true });
  const linkOnly = (url: string): ShareLink => ({ network, url, carriesText: false });
  switch (network) {
    case 'x':
      return withText(`https://x.com/intent/tweet?text=${text}`);
    case 'whatsapp':
      return withText(`https://wa.me/?text=${text}`);
    case 'bluesky':
      return withText(`https://bsky.app/intent/compose?text=${text}`);
    case 'threads':
      return withText(`https://www.threads.com/intent/post?text=${text}`);
    case 'mastodon': {
      const server = content.mastodonHandle ? mastodonServer(content.mastodonHandle) : null;
      return server ? withText(`https://${server}/share?text=${text}`) : null;
    }
    case 'linkedin':
      return linkOnly(
        link
          ? `https://www.linkedin.com/sharing/share-offsite/?url=${encodeQueryValue(link)}`
          : 'https://www.linkedin.com/feed/',
      );
    case 'facebook':
      return linkOnly(
        link
          ? `https://www.facebook.com/sharer/sharer.php?u=${encodeQueryValue(link)}`
          : 'https://www.facebook.com/',
      );
    case 'instagram':
      return linkOnly('https://www.instagram.com/');
    case 'google_business':
      return linkOnly('https://business.google.com/');
    case 'email': {
      const recipient = content.recipient && EMAIL_ADDRESS.test(content.recipient) ? content.recipient : '';
      const subject = content.subject ? `subject=${encodeQueryValue(content.subject)}&` : '';
      return withText(`mailto:${recipient}?${subject}body=${mailBody(content.text)}`);
    }
  }
}

/** The link for a message channel, or null where the channel has nothing to open. */
export function shareLinkForChannel(channel: MessageChannel, content: ShareContent): ShareLink | null {
  const network = CHANNEL_SHARE_NETWORK[channel];
  return network === null ? null : shareLink(network, content);
}
