import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.hoisted(() => vi.fn(async (_url: string) => undefined));
vi.mock('electron', () => ({ shell: { openExternal } }));

const { allowedExternalUrl, openExternalLink } = await import('./external-links');
const { SHARE_NETWORKS, shareLink } = await import('../shared/messages/share-intents');

describe('external links', () => {
  beforeEach(() => openExternal.mockClear());

  it('allows https pages on any host and mailto addresses', () => {
    expect(allowedExternalUrl('https://hosting.example.nl/support?ticket=1#top')).toBe(
      'https://hosting.example.nl/support?ticket=1#top',
    );
    expect(allowedExternalUrl('HTTPS://Example.NL')).toBe('https://example.nl/');
    expect(allowedExternalUrl('mailto:support@hosting.example.nl?subject=Site%20down')).toBe(
      'mailto:support@hosting.example.nl?subject=Site%20down',
    );
  });

  it('lets a mail link fill in only to, cc, subject and body', () => {
    expect(
      allowedExternalUrl(
        'mailto:support@hosting.example.nl?cc=it@partner.nl&Subject=Down&body=Hello%0Athere',
      ),
    ).toBe('mailto:support@hosting.example.nl?cc=it@partner.nl&Subject=Down&body=Hello%0Athere');
    for (const url of [
      'mailto:support@hosting.example.nl?attach=/home/ann/.ssh/id_rsa',
      'mailto:support@hosting.example.nl?subject=Down&attachment=C:%5Cboekhouding.xlsx',
      'mailto:?body=Hi&bcc=stranger@example.com',
      'mailto:support@hosting.example.nl?subject=x&X-Mailer=evil',
    ])
      expect(allowedExternalUrl(url), url).toBeNull();
  });

  it("lets every network's share link of the message composer through, unchanged", () => {
    const content = {
      text: 'Bakkerij & Zn is down 😕\nhttps://status.example.nl/?a=1&b=2',
      subject: 'Storing',
      link: 'https://status.example.nl/',
      mastodonHandle: '@bakker@mastodon.nl',
    };
    for (const network of SHARE_NETWORKS) {
      const link = shareLink(network, content);
      expect(link, network).not.toBeNull();
      expect(allowedExternalUrl(link?.url ?? ''), network).toBe(link?.url);
    }
    expect(allowedExternalUrl('mailto:?subject=Storing&body=Hallo')).toBe(
      'mailto:?subject=Storing&body=Hallo',
    );
  });

  it('refuses every other scheme, credentials and junk', () => {
    for (const url of [
      'http://example.nl/',
      'file:///etc/passwd',
      'file://server/share/setup.exe',
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ms-settings:network',
      'smb://server/share',
      'ftp://example.nl/',
      'back-online://open',
      'https://user:secret@example.nl/',
      'https://user@example.nl/',
      'mailto:',
      'mailto:/etc/passwd',
      '//example.nl/',
      'example.nl',
      '',
    ]) {
      expect(allowedExternalUrl(url), url).toBeNull();
    }
  });

  it('opens an allowed URL through the shell and answers not_allowed for the rest without opening anything', async () => {
    await expect(openExternalLink({ url: 'https://example.nl/status' })).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.nl/status');

    openExternal.mockClear();
    for (const url of ['http://example.nl', 'file:///C:/Windows/System32/calc.exe', 'javascript:void(0)']) {
      await expect(openExternalLink({ url })).resolves.toEqual({ ok: false, error: { code: 'not_allowed' } });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('reports a missing browser as unavailable, not as an exception', async () => {
    openExternal.mockRejectedValueOnce(new Error('no handler for https'));
    await expect(openExternalLink({ url: 'https://example.nl' })).resolves.toEqual({
      ok: false,
      error: { code: 'unavailable' },
    });
  });
});
