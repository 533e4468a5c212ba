import type { CheckOptions } from '../../shared/check-options';
import { runHop, type HopRequest } from './http-hop';
import { decodeBody } from './http-body';
import { isExpectedStatus, type Verdict } from './http-verdict';
import { detectProtection } from './protection-pages';

/** What a current desktop browser sends with a page request; only used to tell who a 403 is meant for. */
const BROWSER_HEADERS = {
  'user-agent':
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
  'accept-language': 'nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7',
  'upgrade-insecure-requests': '1',
  'sec-fetch-dest': 'document',
  'sec-fetch-mode': 'navigate',
  'sec-fetch-site': 'none',
  'sec-fetch-user': '?1',
};

/**
 * After a 403, asks once more the way a visitor's browser would. When the browser-like request gets the
 * page (or a protection's challenge), the 403 was meant for automatic checks only: the site's protection
 * is in the way, not a broken site. When it gets the same 403, browsers do too: null, the 403 stands.
 */
export async function retryAsBrowser(
  hop: Omit<HopRequest, 'redirectOf'>,
  options: CheckOptions,
): Promise<Verdict | null> {
  const answer = await runHop({
    ...hop,
    headers: { ...hop.headers, ...BROWSER_HEADERS },
    redirectOf: () => null,
  });
  if (answer.kind !== 'response') return null;
  if (isExpectedStatus(answer.statusCode, options)) {
    return {
      status: 'unknown',
      cause: 'blocked_by_protection',
      details: { browserStatusCode: answer.statusCode },
    };
  }
  const text = decodeBody(answer.body?.bytes ?? Buffer.alloc(0), answer.headers['content-type']);
  const protection = detectProtection(answer.headers, text);
  return protection ? { status: 'unknown', cause: 'blocked_by_protection', details: { protection } } : null;
}
