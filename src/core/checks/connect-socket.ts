import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTlsSocket, type SecureContext, type TLSSocket } from 'node:tls';
import type { ConnectionFailure } from './connection-phase';
import { errorCodeOf } from './network-errors';

export interface ConnectRequest {
  /** An IP literal: names are resolved before, through the check's resolver. */
  address: string;
  port: number;
  /** Present for TLS: the handshake runs, and the certificate is kept for inspection, never rejected. */
  tls?: { servername: string | undefined; secureContext: SecureContext | undefined };
  timeoutMs: number;
  /** Gives up on the attempt, e.g. once another reference already answered. */
  signal?: AbortSignal;
  onConnected?(): void;
  onSecured?(): void;
}

export type ConnectOutcome = { ok: true; socket: Socket | TLSSocket } | ({ ok: false } & ConnectionFailure);

const CONNECT_ABORTED_CODE = 'ABORT_ERR';

function ignoreLateErrors(): void {}

/**
 * Opens TCP (and TLS) to one address within the time given. A failed, late or aborted connection is
 * destroyed here, so the caller only ever holds a socket that is ready for the next phase.
 */
export function connectSocket(request: ConnectRequest): Promise<ConnectOutcome> {
  const { address, port, tls, signal } = request;
  if (signal?.aborted) {
    return Promise.resolve({ ok: false, phase: 'connect', errorCode: CONNECT_ABORTED_CODE, timedOut: false });
  }
  return new Promise((resolve) => {
    const socket = tls
      ? connectTlsSocket({
          host: address,
          port,
          servername: tls.servername,
          secureContext: tls.secureContext,
          rejectUnauthorized: false,
        })
      : connectTcp({ host: address, port });
    socket.on('error', ignoreLateErrors);
    let phase: 'connect' | 'tls' = 'connect';
    let settled = false;
    const finish = (outcome: ConnectOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.off('connect', onConnect);
      socket.off('secureConnect', onSecure);
      socket.off('error', onError);
      socket.off('close', onClose);
      if (!outcome.ok) socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ ok: false, phase, timedOut: true }), request.timeoutMs);
    const onConnect = (): void => {
      request.onConnected?.();
      if (tls) phase = 'tls';
      else finish({ ok: true, socket });
    };
    const onSecure = (): void => {
      request.onSecured?.();
      finish({ ok: true, socket });
    };
    const onError = (error: unknown): void =>
      finish({ ok: false, phase, errorCode: errorCodeOf(error), timedOut: false });
    const onClose = (): void => finish({ ok: false, phase, errorCode: 'ECONNRESET', timedOut: false });
    const onAbort = (): void =>
      finish({ ok: false, phase, errorCode: CONNECT_ABORTED_CODE, timedOut: false });
    socket.once('connect', onConnect);
    socket.once('secureConnect', onSecure);
    socket.once('error', onError);
    socket.once('close', onClose);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Ends a connection the way a well-behaved client does (FIN), and makes sure it is gone soon after. */
export function closePolitely(socket: Socket): void {
  const forceClose = setTimeout(() => socket.destroy(), 1_000);
  forceClose.unref();
  socket.once('close', () => clearTimeout(forceClose));
  socket.resume();
  socket.end();
}
