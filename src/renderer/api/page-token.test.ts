import { beforeEach, describe, expect, it } from 'vitest';
import { takePageToken, TOKEN_STORAGE_KEY } from './page-token';

beforeEach(() => {
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('takePageToken', () => {
  it('moves the token from the address bar into session storage', () => {
    window.history.replaceState(null, '', '/?token=abc_DEF-123&view=overview#monitors');
    expect(takePageToken(window)).toBe('abc_DEF-123');
    expect(window.location.search).toBe('?view=overview');
    expect(window.location.hash).toBe('#monitors');
    expect(window.location.href).not.toContain('abc_DEF-123');
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('abc_DEF-123');
  });

  it('finds the token again after a reload without it in the address', () => {
    window.history.replaceState(null, '', '/?token=first');
    takePageToken(window);
    window.history.replaceState(null, '', '/');
    expect(takePageToken(window)).toBe('first');
  });

  it('prefers a fresh link over an old stored token', () => {
    window.sessionStorage.setItem(TOKEN_STORAGE_KEY, 'old');
    window.history.replaceState(null, '', '/?token=new');
    expect(takePageToken(window)).toBe('new');
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it('has no token when the page was opened without its link', () => {
    expect(takePageToken(window)).toBeNull();
  });

  it('still works when storage is switched off', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    window.history.replaceState(null, '', '/?token=abc');
    expect(
      takePageToken({ location: window.location, history: window.history, sessionStorage: blocked }),
    ).toBe('abc');
    expect(window.location.search).toBe('');
    expect(
      takePageToken({ location: window.location, history: window.history, sessionStorage: blocked }),
    ).toBeNull();
  });
});
