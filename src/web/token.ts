import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret for one run of web mode; anyone who has it controls the app, so it never repeats. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the page's cookie carries instead of the token. Browsers send cookies for 127.0.0.1 to every port on
 * it, so any other local server the owner's browser visits receives the cookie; derived one way from the
 * token, it opens the page and the event stream but can never be turned into the token the API asks for.
 */
export function pageSecretOf(token: string): string {
  return createHmac('sha256', token).update('back-online page cookie').digest('base64url');
}

const MAX_TOKEN_LENGTH = 512;

/**
 * Compares in constant time. Hashing first gives both sides the same length, so neither the content nor
 * the length of the expected token leaks through timing.
 */
export function tokensMatch(expected: string, candidate: string | null | undefined): boolean {
  if (typeof candidate !== 'string' || candidate === '' || candidate.length > MAX_TOKEN_LENGTH) return false;
  const expectedDigest = createHash('sha256').update(expected).digest();
  const candidateDigest = createHash('sha256').update(candidate).digest();
  return timingSafeEqual(expectedDigest, candidateDigest);
}
