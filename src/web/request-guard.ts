import type { IncomingMessage } from 'node:http';
import { WEB_TOKEN_HEADER, WEB_TOKEN_PARAM } from '../shared/web-mode';
import { tokensMatch } from './token';

/** Node hands over header names in lower case. */
const TOKEN_HEADER_KEY = WEB_TOKEN_HEADER.toLowerCase();

/** The per-start token and the page-only secret derived from it (see pageSecretOf). */
export interface WebSecrets {
  token: string;
  pageSecret: string;
}

/** Cookies ignore ports, so two instances on 127.0.0.1 would overwrite one shared name. */
function tokenCookieName(port: number): string {
  return `back-online-token-${port}`;
}

/** Only the loopback names of the bound port; anything else is a DNS-rebinding attempt or a mistake. */
export function hostAllowed(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function readCookie(cookieHeader: string | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return null;
}

export interface TokenSources {
  query: boolean;
  cookie: boolean;
  header: boolean;
}

/**
 * Which of the places a request may carry a secret actually carry the right one: the token in the query
 * or the header, the page secret (never the token) in the cookie.
 */
export function validTokenSources(
  request: IncomingMessage,
  url: URL,
  secrets: WebSecrets,
  port: number,
): TokenSources {
  const header = request.headers[TOKEN_HEADER_KEY];
  return {
    query: tokensMatch(secrets.token, url.searchParams.get(WEB_TOKEN_PARAM)),
    cookie: tokensMatch(secrets.pageSecret, readCookie(request.headers.cookie, tokenCookieName(port))),
    header: tokensMatch(secrets.token, typeof header === 'string' ? header : null),
  };
}

/**
 * An Origin other than this server's own: a page elsewhere (another local port included) made the call.
 * Checked beside fetch metadata, which older browsers and some embedded views do not send.
 */
export function foreignOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  return origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`;
}

/**
 * Fetch metadata lets the browser tell us a request was started by another site (another local port
 * counts as "same-site"). Browsers that send nothing, and tools such as curl, fall through to the token.
 */
export function crossSiteRequest(request: IncomingMessage): boolean {
  const site = request.headers['sec-fetch-site'];
  return typeof site === 'string' && site !== 'same-origin' && site !== 'none';
}

export function pageCookie(pageSecret: string, port: number): string {
  return `${tokenCookieName(port)}=${pageSecret}; Path=/; HttpOnly; SameSite=Strict`;
}
