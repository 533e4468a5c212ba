import { describe, expect, it } from 'vitest';
import { MESSAGE_CHANNELS } from './channels';
import {
  encodeQueryValue,
  mastodonServer,
  shareLink,
  shareLinkForChannel,
  SHARE_NETWORKS,
} from './share-intents';

const post =
  'Bakkerij & Zn: our web shop is down since 14:02 😕\nUpdates: https://status.example.nl/?a=1&b=2 #storing';

/** What the network's page reads from the link: the query parameter, decoded the way browsers decode it. */
function param(url: string, name: string): string | null {
  return new URL(url).searchParams.get(name);
}

describe('share intents', () => {
  it('puts the whole text, encoded, into the X, WhatsApp, Bluesky and Threads composers', () => {
    const cases = [
      ['x', 'https://x.com/intent/tweet?text='],
      ['whatsapp', 'https://wa.me/?text='],
      ['bluesky', 'https://bsky.app/intent/compose?text='],
      ['threads', 'https://www.threads.com/intent/post?text='],
    ] as const;
    for (const [network, prefix] of cases) {
      const link = shareLink(network, { text: post });
      expect(link?.url.startsWith(prefix), network).toBe(true);
      expect(link?.carriesText).toBe(true);
      expect(param(link?.url ?? '', 'text'), network).toBe(post);
      // Nothing in the text can end the parameter early or start another one.
      expect(link?.url.slice(prefix.length)).not.toMatch(/[&#?+ \n!'()*]/);
    }
  });

  it('encodes a space as %20 and the characters encodeURIComponent leaves alone', () => {
    expect(encodeQueryValue("a b!'()*&=+#%")).toBe('a%20b%21%27%28%29%2A%26%3D%2B%23%25');
  });

  it("opens Mastodon on the owner's own server, and not at all without one", () => {
    expect(shareLink('mastodon', { text: post, mastodonHandle: '@bakker@Mastodon.nl' })?.url).toBe(
      `https://mastodon.nl/share?text=${encodeQueryValue(post)}`,
    );
    expect(mastodonServer('https://social.example.org/@bakker')).toBe('social.example.org');
    for (const handle of [
      'bakker',
      '@bakker@',
      'javascript:alert(1)',
      '@a@evil.example/x?',
      'http://x.example/@a',
    ]) {
      expect(mastodonServer(handle), handle).toBeNull();
    }
    expect(shareLink('mastodon', { text: post })).toBeNull();
  });

  it('gives LinkedIn and Facebook only the link, since they take no text, and says so', () => {
    const linkedin = shareLink('linkedin', { text: post, link: 'https://status.example.nl/?a=1&b=2' });
    expect(linkedin).toEqual({
      network: 'linkedin',
      url: 'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fstatus.example.nl%2F%3Fa%3D1%26b%3D2',
      carriesText: false,
    });
    const facebook = shareLink('facebook', { text: post, link: 'https://status.example.nl/' });
    expect(param(facebook?.url ?? '', 'u')).toBe('https://status.example.nl/');
    expect(facebook?.carriesText).toBe(false);
    // A link that is not https is not passed on; the network's own page opens instead.
    expect(shareLink('facebook', { text: post, link: 'javascript:alert(1)' })?.url).toBe(
      'https://www.facebook.com/',
    );
    expect(shareLink('instagram', { text: post })?.carriesText).toBe(false);
  });

  it('writes a mailto with subject and body only, CRLF line ends, and no header injection through the address', () => {
    const mail = shareLink('email', {
      text: 'Dear customer,\nOur shop is down.',
      subject: 'Our web shop & you',
      recipient: 'info@bakkerij.example.nl',
    });
    expect(mail?.url).toBe(
      'mailto:info@bakkerij.example.nl?subject=Our%20web%20shop%20%26%20you&body=Dear%20customer%2C%0D%0AOur%20shop%20is%20down.',
    );
    const url = new URL(mail?.url ?? '');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
    const injected = shareLink('email', { text: 'x', recipient: 'a@b.nl?bcc=everyone@example.com' });
    expect(injected?.url).toBe('mailto:?body=x');
  });

  it('knows for every channel whether and where it opens', () => {
    for (const channel of MESSAGE_CHANNELS) {
      const link = shareLinkForChannel(channel, { text: post, mastodonHandle: '@b@mastodon.nl' });
      if (channel === 'website_banner' || channel === 'phone_script') expect(link, channel).toBeNull();
      else expect(link?.url, channel).toMatch(/^(https:\/\/|mailto:)/);
    }
    expect(SHARE_NETWORKS).toContain('threads');
  });
});
