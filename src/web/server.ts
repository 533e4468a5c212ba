import { realpath } from 'node:fs/promises';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorCode, ApiHandler } from '../shared/api-contract';
import type { Locale } from '../shared/locale';
import { DEFAULT_LOCALE } from '../shared/locale';
import { WEB_API_PREFIX, WEB_EVENTS_PATH, WEB_TOKEN_PARAM } from '../shared/web-mode';
import { handleApiRequest } from './api-route';
import { EventStreamHub } from './event-stream';
import { crossSiteRequest, foreignOrigin, hostAllowed, pageCookie, validTokenSources } from './request-guard';
import type { PageMessage } from './responses';
import { sendApiError, sendPage } from './responses';
import { readRendererCsp, securityHeaders } from './security-headers';
import { findStaticFile, sendStaticFile } from './static-files';
import { createToken, pageSecretOf } from './token';

const WEB_HOST = '127.0.0.1';

export interface WebServerOptions {
  handler: ApiHandler;
  /** The built renderer (out/renderer): index.html and its assets. */
  rendererDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** The language of the server's own pages; a function follows the owner's current setting. */
  locale: Locale | (() => Locale);
  heartbeatMs?: number;
  maxBodyBytes?: number;
  /** Told of a request that failed inside the server, for the log; the browser sees a plain error page. */
  onError?: (error: unknown) => void;
}

export interface WebServer {
  /** The address to open, token included: http://127.0.0.1:PORT/?token=… */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

type Destination = 'api' | 'events' | 'page';

const ALLOWED_METHODS: Record<Destination, readonly string[]> = {
  api: ['POST'],
  events: ['GET'],
  page: ['GET', 'HEAD'],
};

/** A request-target no URL parser accepts (`//`, `http://[::1`) is a client mistake, answered before any check. */
function parseRequestUrl(target: string | undefined): URL | null {
  try {
    return new URL(target ?? '/', `http://${WEB_HOST}`);
  } catch {
    return null;
  }
}

function destinationOf(pathname: string): Destination {
  if (pathname.startsWith(WEB_API_PREFIX)) return 'api';
  return pathname === WEB_EVENTS_PATH ? 'events' : 'page';
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, WEB_HOST, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Serves the built renderer and the API contract on 127.0.0.1. Every request must carry the per-start token:
 * the page and its assets in the query, or the page-only secret derived from it in the cookie the first page
 * load sets; the event stream likewise (EventSource cannot send headers); API calls the token itself in a
 * header no other page can add without a CORS preflight, which this server never approves.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const headers = securityHeaders(await readRendererCsp(options.rendererDir));
  const rendererRoot = await realpath(options.rendererDir);
  const token = createToken();
  const secrets = { token, pageSecret: pageSecretOf(token) };
  const hub = new EventStreamHub(options.handler, options.heartbeatMs);
  const currentLocale = (): Locale => {
    try {
      return typeof options.locale === 'function' ? options.locale() : options.locale;
    } catch {
      return DEFAULT_LOCALE;
    }
  };
  let port = 0;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = parseRequestUrl(request.url);
    const destination = destinationOf(url?.pathname ?? request.url ?? '/');
    const method = request.method ?? 'GET';
    const refuse = (
      status: number,
      code: ApiErrorCode,
      message: PageMessage,
      extra: Record<string, string> = {},
    ) =>
      destination === 'page'
        ? sendPage(response, status, message, currentLocale(), { ...headers, ...extra }, method === 'HEAD')
        : sendApiError(response, status, { code }, { ...headers, ...extra });

    if (!url) return refuse(400, 'invalid_request', 'badRequest');
    if (!hostAllowed(request.headers.host, port)) return refuse(421, 'untrusted_sender', 'wrongAddress');
    const allowed = ALLOWED_METHODS[destination];
    if (!allowed.includes(method))
      return refuse(405, 'not_allowed', 'notAllowed', { Allow: allowed.join(', ') });
    if (crossSiteRequest(request) && request.headers['sec-fetch-mode'] !== 'navigate')
      return refuse(403, 'not_allowed', 'notAllowed');

    const sources = validTokenSources(request, url, secrets, port);
    if (destination === 'api') {
      if (foreignOrigin(request, port)) return refuse(403, 'not_allowed', 'notAllowed');
      if (!sources.header) return refuse(401, 'untrusted_sender', 'needsLink');
      const channel = url.pathname.slice(WEB_API_PREFIX.length);
      return handleApiRequest(channel, request, response, options.handler, headers, options.maxBodyBytes);
    }
    if (!sources.query && !sources.cookie) return refuse(401, 'untrusted_sender', 'needsLink');
    if (destination === 'events') return hub.open(response, headers);

    const file = await findStaticFile(rendererRoot, url.pathname);
    if (!file.ok) return refuse(404, 'not_found', 'notFound');
    const cookie: Record<string, string> = sources.query
      ? { 'Set-Cookie': pageCookie(secrets.pageSecret, port) }
      : {};
    sendStaticFile(response, file, { ...headers, ...cookie }, method === 'HEAD');
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      options.onError?.(error);
      if (response.headersSent) response.destroy();
      else sendPage(response, 500, 'failed', currentLocale(), headers);
    });
  });
  port = await listen(server, options.port ?? 0);

  return {
    url: `http://${WEB_HOST}:${port}/?${WEB_TOKEN_PARAM}=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        hub.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
