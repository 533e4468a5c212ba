import { createSecureContext, getCACertificates, type SecureContext } from 'node:tls';

const MAX_CACHED_CONTEXTS = 16;
const contexts = new Map<string, SecureContext>();

/**
 * The trust store for a check: the default roots plus the user's extra authorities. Building one parses
 * every root certificate, so each distinct set is built once and reused by later checks.
 */
export function secureContextFor(extraCaPem: readonly string[] | undefined): SecureContext | undefined {
  if (!extraCaPem || extraCaPem.length === 0) return undefined;
  const key = extraCaPem.join('\n');
  const cached = contexts.get(key);
  if (cached) return cached;
  const context = createSecureContext({ ca: [...getCACertificates('default'), ...extraCaPem] });
  if (contexts.size >= MAX_CACHED_CONTEXTS) {
    const oldest = contexts.keys().next().value;
    if (oldest !== undefined) contexts.delete(oldest);
  }
  contexts.set(key, context);
  return context;
}
