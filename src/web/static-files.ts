import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup = { ok: true; path: string; size: number } | { ok: false };

/**
 * Maps a URL path to a file inside `realRoot`, or nothing. Encoded dots and slashes, NUL bytes and symbolic
 * links that lead out of the folder all end outside `realRoot` and are refused. `realRoot` must already be
 * resolved with realpath (the server does that once at start), or every path would look like it escapes.
 */
export async function findStaticFile(realRoot: string, urlPath: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { ok: false };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false };
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  try {
    const candidate = resolve(realRoot, relative);
    if (!candidate.startsWith(realRoot + sep)) return { ok: false };
    const real = await realpath(candidate);
    if (!real.startsWith(realRoot + sep)) return { ok: false };
    const info = await stat(real);
    if (!info.isFile()) return { ok: false };
    return { ok: true, path: real, size: info.size };
  } catch {
    return { ok: false };
  }
}

export function sendStaticFile(
  response: ServerResponse,
  file: { path: string; size: number },
  headers: Record<string, string>,
  headOnly: boolean,
): void {
  response.writeHead(200, {
    ...headers,
    'Content-Type': contentTypeFor(file.path),
    'Content-Length': file.size,
  });
  if (headOnly) {
    response.end();
    return;
  }
  const stream = createReadStream(file.path);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}
