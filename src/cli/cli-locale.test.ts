import { describe, expect, it } from 'vitest';
import { requestedLocale, systemLanguage } from './cli-locale';

describe('systemLanguage', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(systemLanguage({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(systemLanguage({ LANG: 'nl_NL.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toBe('en');
    expect(systemLanguage({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'en_US', LC_ALL: 'nl_BE.UTF-8' })).toBe('nl');
    expect(systemLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(systemLanguage({ LANG: 'nl_NL.UTF-8', LC_ALL: '' })).toBe('nl');
  });
});

describe('requestedLocale', () => {
  it('reads --lang and --informal before the arguments are validated', () => {
    const env = { LANG: 'en_US.UTF-8' };
    expect(requestedLocale(['check', '--lang', 'nl', 'x'], env)).toEqual({
      language: 'nl',
      formality: 'formal',
    });
    expect(requestedLocale(['check', '--lang=nl', '--informal'], env)).toEqual({
      language: 'nl',
      formality: 'informal',
    });
    expect(requestedLocale(['check', '--lang', 'de'], { LANG: 'nl_NL' })).toEqual({
      language: 'nl',
      formality: 'formal',
    });
    expect(requestedLocale(['check', '--', '--lang', 'nl'], env).language).toBe('en');
  });
});
