import type { ServerResponse } from 'node:http';
import type { ApiError, ApiResult } from '../shared/api-contract';
import { pickCatalog } from '../shared/i18n/interpolate';
import type { Locale } from '../shared/locale';
import type { ServerPageTexts } from './page-texts';
import { serverPageTexts } from './page-texts';

export function sendJson(
  response: ServerResponse,
  status: number,
  body: ApiResult<unknown>,
  headers: Record<string, string>,
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  response.end(text);
}

export function sendApiError(
  response: ServerResponse,
  status: number,
  error: ApiError,
  headers: Record<string, string>,
): void {
  sendJson(response, status, { ok: false, error }, headers);
}

export type PageMessage = Exclude<keyof ServerPageTexts, 'title'>;

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A tiny page in the owner's language: no script and no styles, so the strict CSP has nothing to block. */
export function sendPage(
  response: ServerResponse,
  status: number,
  message: PageMessage,
  locale: Locale,
  headers: Record<string, string>,
  headOnly = false,
): void {
  const texts = pickCatalog(serverPageTexts, locale);
  const html =
    `<!doctype html><html lang="${locale.language}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(texts.title)}</title></head>` +
    `<body><h1>${escapeHtml(texts.title)}</h1><p>${escapeHtml(texts[message])}</p></body></html>`;
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
  });
  response.end(headOnly ? undefined : html);
}
