import type { IncomingMessage } from 'node:http';
import { WEB_TOKEN_HEADER, WEB_TOKEN_PARAM } from '../shared/web-mode';
import { tokensMatch } from './token';

/** Node hands over header names in lower case. */
const TOKEN_HEADER_KEY = WEB_TOKEN_HEADER.toLowerCase();

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

/** Which of the places a request may carry the token actually carry the right one. */
export function validTokenSources(
  request: IncomingMessage,
  url: URL,
  token: string,
  port: number,
): TokenSources {
  const header = request.headers[TOKEN_HEADER_KEY];
  return {
    query: tokensMatch(token, url.searchParams.get(WEB_TOKEN_PARAM)),
    cookie: tokensMatch(token, readCookie(request.headers.cookie, tokenCookieName(port))),
    header: tokensMatch(token, typeof header === 'string' ? header : null),
  };
}

/**
 * Fetch metadata lets the browser tell us a request was started by another site (another local port
 * counts as "same-site"). Browsers that send nothing, and tools such as curl, fall through to the token.
 */
export function crossSiteRequest(request: IncomingMessage): boolean {
  const site = request.headers['sec-fetch-site'];
  return typeof site === 'string' && site !== 'same-origin' && site !== 'none';
}

export function tokenCookie(token: string, port: number): string {
  return `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`;
}
