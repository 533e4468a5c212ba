import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The renderer folder has no usable index.html, so there is nothing to serve (usually: not built yet). */
export class RendererMissingError extends Error {
  constructor(readonly rendererDir: string) {
    super(`no index.html with a Content-Security-Policy in ${rendererDir}`);
  }
}

const META_TAG = /<meta\b[^>]*>/gi;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i');

function cspFromHtml(html: string): string | null {
  for (const [tag] of html.matchAll(META_TAG)) {
    const equiv = ATTRIBUTE('http-equiv').exec(tag);
    if ((equiv?.[2] ?? equiv?.[3])?.toLowerCase() !== 'content-security-policy') continue;
    const content = ATTRIBUTE('content').exec(tag);
    return content?.[2] ?? content?.[3] ?? null;
  }
  return null;
}

/**
 * The window's own CSP, read from the built index.html so web mode and Electron can never drift apart.
 * `frame-ancestors` only works as a header, which is one reason to send it as one.
 */
export async function readRendererCsp(rendererDir: string): Promise<string> {
  let html: string;
  try {
    html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  } catch {
    throw new RendererMissingError(rendererDir);
  }
  const csp = cspFromHtml(html)?.replace(/\s+/g, ' ').trim();
  if (!csp) throw new RendererMissingError(rendererDir);
  return /frame-ancestors/.test(csp) ? csp : `${csp}; frame-ancestors 'none'`;
}

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}
