import { describe, expect, it } from 'vitest';
import { createToken, tokensMatch } from './token';

describe('tokens', () => {
  it('are long, URL-safe and never repeat', () => {
    const tokens = new Set(Array.from({ length: 50 }, createToken));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('match only the exact token', () => {
    const token = createToken();
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token, `${token}x`)).toBe(false);
    expect(tokensMatch(token, token.slice(1))).toBe(false);
    expect(tokensMatch(token, createToken())).toBe(false);
    expect(tokensMatch(token, '')).toBe(false);
    expect(tokensMatch(token, null)).toBe(false);
    expect(tokensMatch(token, undefined)).toBe(false);
    expect(tokensMatch(token, 'x'.repeat(10_000))).toBe(false);
  });
});
