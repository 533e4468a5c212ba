import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

const { registerAppScheme, resolveBundleFile, respondFromBundle, serveRendererBundle } =
  await import('./protocol');
const { CONTENT_SECURITY_POLICY } = await import('./content-security-policy');

let root: string;
let bundle: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'back-online-protocol-'));
  bundle = join(root, 'renderer');
  mkdirSync(join(bundle, 'assets'), { recursive: true });
  writeFileSync(join(bundle, 'index.html'), '<!doctype html><title>Back Online</title>');
  writeFileSync(join(bundle, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside the bundle');
  writeFileSync(join(root, 'renderer-evil.txt'), 'a sibling whose name starts like the bundle');
  symlinkSync(join(root, 'secret.txt'), join(bundle, 'assets', 'link-out.txt'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the app:// protocol', () => {
  it('registers app as a standard, secure scheme that does not bypass the CSP', () => {
    registerAppScheme();
    const [[schemes]] = electron.protocol.registerSchemesAsPrivileged.mock.calls as [
      [Electron.CustomScheme[]],
    ];
    expect(schemes).toHaveLength(1);
    expect(schemes[0]?.scheme).toBe('app');
    expect(schemes[0]?.privileges).toMatchObject({ standard: true, secure: true });
    expect(schemes[0]?.privileges?.bypassCSP).toBeFalsy();
    expect(schemes[0]?.privileges?.allowServiceWorkers).toBeFalsy();
  });

  it('serves files from the bundle with their type and the CSP header', async () => {
    serveRendererBundle(bundle);
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as [
      string,
      (r: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');

    const page = await handler(new Request('app://bundle/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Back Online</title>');

    const script = await handler(new Request('app://bundle/assets/index-abc.js?v=1'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');

    const root = await handler(new Request('app://bundle/'));
    expect(await root.text()).toContain('Back Online');
  });

  it('refuses path traversal in every spelling, other hosts and links out of the bundle', async () => {
    for (const url of [
      'app://bundle/..%2fsecret.txt',
      'app://bundle/..%2F..%2Fsecret.txt',
      'app://bundle/%2e%2e%2fsecret.txt',
      'app://bundle/assets/..%2f..%2fsecret.txt',
      'app://bundle/..%5csecret.txt',
      'app://bundle/..\\secret.txt',
      'app://bundle/%2e%2e/secret.txt',
      'app://bundle/../renderer-evil.txt',
      'app://bundle/..%2frenderer-evil.txt',
      'app://bundle/assets/link-out.txt',
      'app://bundle/index.html%00.png',
      'app://bundle/%E0%A4%A',
      'app://bundle/assets',
      'app://bundle/missing.js',
      'app://other/index.html',
      'app://bundle:1234/index.html',
    ]) {
      const response = await respondFromBundle(bundle, new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('outside');
    }
    expect(
      await resolveBundleFile(bundle, `app://bundle/${encodeURIComponent(join(root, 'secret.txt'))}`),
    ).toBeNull();
    expect(await resolveBundleFile(bundle, 'app://bundle/index.html')).toBe(join(bundle, 'index.html'));
  });

  it('answers only GET and HEAD', async () => {
    const post = await respondFromBundle(
      bundle,
      new Request('app://bundle/index.html', { method: 'POST', body: 'x' }),
    );
    expect(post.status).toBe(405);
    const head = await respondFromBundle(bundle, new Request('app://bundle/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
