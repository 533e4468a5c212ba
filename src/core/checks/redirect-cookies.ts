import type { IncomingHttpHeaders } from 'node:http';
import { CookieJar } from 'tough-cookie';

/**
 * The cookies one check collects on its way through redirects, kept and sent back the way a browser
 * does, so a site that sets a cookie and redirects to itself reaches its page. Nothing outlives the
 * check. The jar is only made once a cookie arrives: most checks never pay for it.
 */
export class RedirectCookies {
  private jar: CookieJar | null = null;

  remember(headers: IncomingHttpHeaders, url: URL): void {
    const cookies = headers['set-cookie'];
    if (!cookies || cookies.length === 0) return;
    this.jar ??= new CookieJar();
    for (const cookie of cookies) this.jar.setCookieSync(cookie, url, { ignoreError: true });
  }

  /** The `cookie` header for a request to `url`, or undefined when there is nothing to send. */
  headerFor(url: URL): string | undefined {
    return this.jar?.getCookieStringSync(url) || undefined;
  }
}
