/** The built renderer is served as `app://bundle/...` (see protocol.ts). */
export const APP_SCHEME = 'app';
const APP_HOST = 'bundle';

/** Where the window's page comes from, and which URLs count as the app's own. */
export interface RendererLocation {
  kind: 'bundle' | 'dev-server';
  entryUrl: string;
  /** True for the app's own pages and resources; everything else is foreign. */
  isAppUrl(url: string): boolean;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for URLs on the bundle's own origin. WHATWG URL gives non-special schemes an opaque "null" origin,
 * so the parts are compared instead.
 */
export function isBundleUrl(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

const bundle: RendererLocation = {
  kind: 'bundle',
  entryUrl: `${APP_SCHEME}://${APP_HOST}/index.html`,
  isAppUrl(url) {
    const parsed = parse(url);
    return parsed !== null && isBundleUrl(parsed);
  },
};

function devServer(server: URL): RendererLocation {
  // Vite's hot reload talks over ws:// to the same host and port as the page.
  const socketProtocol = server.protocol === 'https:' ? 'wss:' : 'ws:';
  return {
    kind: 'dev-server',
    entryUrl: server.href,
    isAppUrl(url) {
      const parsed = parse(url);
      return (
        parsed !== null &&
        (parsed.protocol === server.protocol || parsed.protocol === socketProtocol) &&
        parsed.host === server.host &&
        parsed.username === '' &&
        parsed.password === ''
      );
    },
  };
}

/**
 * The dev server (ELECTRON_RENDERER_URL, set by `electron-vite dev`) is honoured only in an unpackaged app
 * and only on loopback, so an environment variable can never point the installed app at a remote page.
 */
export function rendererLocation(options: {
  devServerUrl: string | undefined;
  isPackaged: boolean;
}): RendererLocation {
  if (options.isPackaged || !options.devServerUrl) return bundle;
  const server = parse(options.devServerUrl);
  const usable =
    server !== null &&
    (server.protocol === 'http:' || server.protocol === 'https:') &&
    LOOPBACK_HOSTS.has(server.hostname) &&
    server.username === '' &&
    server.password === '';
  return usable ? devServer(server) : bundle;
}
