import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiHandler } from '../shared/api-contract';
import { parseApiRequest } from '../shared/api-contract';
import { sendApiError, sendJson } from './responses';

const MAX_BODY_BYTES = 1024 * 1024;

type BodyResult = { ok: true; text: string } | { ok: false; reason: 'too_large' | 'aborted' };

/** Reads at most `limit` bytes; a bigger body is refused without buffering the rest of it. */
function readBody(request: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit)
    return Promise.resolve({ ok: false, reason: 'too_large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      request.removeAllListeners('data');
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.pause();
        finish({ ok: false, reason: 'too_large' });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => finish({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    request.on('error', () => finish({ ok: false, reason: 'aborted' }));
    request.on('aborted', () => finish({ ok: false, reason: 'aborted' }));
  });
}

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * POST /api/<channel>: the same validation as the Electron IPC handlers, then the handler's own result.
 * A handler's `ok: false` is an answer, not a transport failure, so it travels with status 200.
 */
export async function handleApiRequest(
  channel: string,
  request: IncomingMessage,
  response: ServerResponse,
  handler: ApiHandler,
  headers: Record<string, string>,
  maxBodyBytes = MAX_BODY_BYTES,
): Promise<void> {
  if (!isJson(request.headers['content-type'])) {
    sendApiError(response, 415, { code: 'invalid_request' }, headers);
    return;
  }
  const body = await readBody(request, maxBodyBytes);
  if (!body.ok) {
    // The client may still be sending; closing keeps an oversized upload from tying up the socket.
    if (body.reason === 'too_large')
      sendApiError(response, 413, { code: 'invalid_request' }, { ...headers, Connection: 'close' });
    else response.destroy();
    return;
  }
  let payload: unknown;
  try {
    payload = body.text.trim() === '' ? undefined : JSON.parse(body.text);
  } catch {
    sendApiError(response, 400, { code: 'invalid_request' }, headers);
    return;
  }
  const parsed = parseApiRequest(channel, payload);
  if (!parsed.ok) {
    sendApiError(response, parsed.error.code === 'unknown_channel' ? 404 : 400, parsed.error, headers);
    return;
  }
  try {
    const result = await handler.handle(parsed.channel, parsed.request as never);
    sendJson(response, 200, result, headers);
  } catch {
    sendApiError(response, 500, { code: 'internal' }, headers);
  }
}
