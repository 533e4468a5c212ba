import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret for one run of web mode; anyone who has it controls the app, so it never repeats. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
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
