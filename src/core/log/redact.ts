/**
 * Secrets that must never reach the log, whatever text carries them: web mode's token in a link or a
 * header, a password in an address, an Authorization header. Core never holds the token; this is the
 * second line, for error messages that quote a URL or a request.
 */
const SECRET_PATTERNS: readonly [RegExp, string][] = [
  [/([?&]token=)[^&\s"']+/gi, '$1…'],
  [/(x-back-online-token["']?\s*[:=]\s*["']?)[^\s"',}]+/gi, '$1…'],
  [/(authorization["']?\s*[:=]\s*["']?)(?:basic|bearer)?\s*[^\s"',}]+/gi, '$1…'],
  [/(back-online-token-\d+=)[^;\s"']+/gi, '$1…'],
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^/?#\s@"']+@/gi, '$1…@'],
];

export function redactSecrets(text: string): string {
  return SECRET_PATTERNS.reduce(
    (result, [pattern, replacement]) => result.replace(pattern, replacement),
    text,
  );
}
