import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME, isBundleUrl } from './app-origin';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Must run before the app is ready. Standard + secure gives the bundle a real origin (`app://bundle`) and
 * a secure context, like https; it does not bypass the CSP. corsEnabled lets Chromium load the bundle's
 * module scripts (which Vite marks `crossorigin`) from this scheme.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/** Serves the built renderer (out/renderer) as `app://bundle/...`; call once the app is ready. */
export function serveRendererBundle(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => respondFromBundle(rendererDir, request));
}

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot !== '' && !fromRoot.startsWith(`..${sep}`) && fromRoot !== '..' && !isAbsolute(fromRoot);
}

/**
 * The file a request names, or null when it names nothing inside the bundle. Decoded separators, `..`,
 * backslashes and symbolic links pointing out of the folder are all refused: after resolving, the real
 * path must still lie inside the real bundle folder.
 */
export async function resolveBundleFile(rendererDir: string, requestUrl: string): Promise<string | null> {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (!isBundleUrl(url) || pathname.includes('\0')) return null;
  const root = resolve(rendererDir);
  const wanted = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  if (!isInside(root, wanted)) return null;
  try {
    const [realRoot, realWanted] = await Promise.all([realpath(root), realpath(wanted)]);
    return isInside(realRoot, realWanted) ? realWanted : null;
  } catch {
    return null;
  }
}

export async function respondFromBundle(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const file = await resolveBundleFile(rendererDir, request.url);
  if (file === null) return new Response(null, { status: 404 });
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return new Response(null, { status: 404 });
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}
