import { shell } from 'electron';
import type { ApiParsedRequest, ApiResult } from '../shared/api-contract';

/**
 * What a mail link may fill in. Mail programs also honour `attach=`, `bcc=` and other headers: a link that
 * attaches a local file or copies the mail to a stranger must not get through.
 */
const MAILTO_FIELDS: ReadonlySet<string> = new Set(['to', 'cc', 'subject', 'body']);

/**
 * The normalised URL when it may leave the app, else null. Only https: pages and mailto: addresses:
 * http: could be tampered with on the way, file: and custom schemes start local programs, javascript:
 * and data: run code, and credentials in a URL are a phishing trick.
 */
export function allowedExternalUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.username !== '' || url.password !== '') return null;
  if (url.protocol === 'https:') return url.hostname === '' ? null : url.href;
  // A customer e-mail may leave "To" empty (the owner adds the customers), as long as it carries a text.
  if (url.protocol === 'mailto:') {
    const addressed = url.pathname !== '' || url.search.length > 1;
    const fields = [...url.searchParams.keys()].map((key) => key.toLowerCase());
    if (!fields.every((field) => MAILTO_FIELDS.has(field))) return null;
    return addressed && !url.pathname.includes('/') ? url.href : null;
  }
  return null;
}

/**
 * Opens an allow-listed URL in the owner's browser or mail program: the handler of `app.openExternal`, and
 * the only place the app calls shell.openExternal.
 */
export async function openExternalLink(
  request: ApiParsedRequest<'app.openExternal'>,
): Promise<ApiResult<null>> {
  const url = allowedExternalUrl(request.url);
  if (url === null) return { ok: false, error: { code: 'not_allowed' } };
  try {
    await shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: only URLs allowedExternalUrl() accepted get here
    return { ok: true, value: null };
  } catch {
    return { ok: false, error: { code: 'unavailable' } };
  }
}
