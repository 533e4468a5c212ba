import type { IncomingMessage } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Deadline } from './check-deadline';
import type { ConnectionFailure } from './connection-phase';
import { errorCodeOf } from './network-errors';

/** How much of the body was seen, and why reading stopped. */
export interface BodyRead {
  bytes: Buffer;
  /** Stopped at the size cap; the rest was never downloaded. */
  truncated: boolean;
  /** Still streaming when the check's time ran out; what arrived is judged as it is. */
  cutByDeadline: boolean;
}

export type BodyOutcome = { ok: true; body: BodyRead } | ({ ok: false } & ConnectionFailure);

function decoderFor(encoding: string | undefined): Transform | null {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}

/**
 * Reads at most `maxBytes` of decoded body before the deadline and then tears the connection down, so
 * an endless or trickling body costs a bounded amount of memory and time.
 */
export function readBody(
  response: IncomingMessage,
  maxBytes: number,
  deadline: Deadline,
): Promise<BodyOutcome> {
  return new Promise((resolve) => {
    const decoder = decoderFor(response.headers['content-encoding']);
    const source: Readable = decoder ?? response;
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (outcome: BodyOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      source.off('data', onData);
      decoder?.destroy();
      response.destroy();
      resolve(outcome);
    };
    const body = (truncated: boolean, cutByDeadline: boolean): BodyOutcome => ({
      ok: true,
      body: { bytes: Buffer.concat(chunks, size), truncated, cutByDeadline },
    });
    const timer = setTimeout(() => finish(body(false, true)), deadline.remainingMs());
    const onData = (chunk: Buffer): void => {
      const room = maxBytes - size;
      const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
      chunks.push(kept);
      size += kept.length;
      if (size >= maxBytes) finish(body(true, false));
    };
    const onFailure = (error: unknown): void =>
      finish({ ok: false, phase: 'body', errorCode: errorCodeOf(error) ?? 'ECONNRESET', timedOut: false });
    source.on('data', onData);
    source.once('end', () => finish(body(false, false)));
    source.on('error', onFailure);
    response.on('error', onFailure);
    response.once('close', () => {
      if (!response.complete) onFailure(undefined);
    });
    if (decoder) response.pipe(decoder);
    if (maxBytes <= 0) finish(body(true, false));
  });
}

/** Decodes the body with the charset the server declared, falling back to UTF-8. */
export function decodeBody(bytes: Buffer, contentType: string | undefined): string {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
