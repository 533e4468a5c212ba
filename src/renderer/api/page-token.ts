import { WEB_TOKEN_PARAM } from '../../shared/web-mode';

export const TOKEN_STORAGE_KEY = 'back-online-token';

export interface PageTokenEnv {
  location: Pick<Location, 'href'>;
  history: Pick<History, 'replaceState' | 'state'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * Web mode's token arrives once in the address (?token=…). It moves into this tab's session storage and
 * out of the address bar, so it does not end up in bookmarks, screenshots or shared links.
 */
export function takePageToken(env: PageTokenEnv): string | null {
  const url = new URL(env.location.href);
  const fromAddress = url.searchParams.get(WEB_TOKEN_PARAM);
  if (fromAddress) {
    try {
      env.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromAddress);
    } catch {
      // Storage can be switched off; the token then lives only as long as this page.
    }
    url.searchParams.delete(WEB_TOKEN_PARAM);
    env.history.replaceState(env.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromAddress;
  }
  try {
    return env.sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}
