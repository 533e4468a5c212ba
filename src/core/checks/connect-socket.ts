import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTlsSocket, type SecureContext, type TLSSocket } from 'node:tls';
import type { Deadline } from './check-deadline';
import type { ConnectionFailure } from './connection-phase';
import { errorCodeOf } from './network-errors';

export interface ConnectRequest {
  /** An IP literal: names are resolved before, through the check's resolver. */
  address: string;
  port: number;
  /** Present for TLS: the handshake runs, and the certificate is kept for inspection, never rejected. */
  tls?: { servername: string | undefined; secureContext: SecureContext | undefined };
  deadline: Deadline;
  onConnected(): void;
  onSecured(): void;
}

export type ConnectOutcome = { ok: true; socket: Socket | TLSSocket } | ({ ok: false } & ConnectionFailure);

function ignoreLateErrors(): void {}

/**
 * Opens TCP (and TLS) to one address within the deadline. A failed or late connection is destroyed
 * here, so the caller only ever holds a socket that is ready for the next phase.
 */
export function connectSocket(request: ConnectRequest): Promise<ConnectOutcome> {
  return new Promise((resolve) => {
    const { address, port, tls } = request;
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
      socket.off('connect', onConnect);
      socket.off('secureConnect', onSecure);
      socket.off('error', onError);
      socket.off('close', onClose);
      if (!outcome.ok) socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish({ ok: false, phase, timedOut: true }),
      request.deadline.remainingMs(),
    );
    const onConnect = (): void => {
      request.onConnected();
      if (tls) phase = 'tls';
      else finish({ ok: true, socket });
    };
    const onSecure = (): void => {
      request.onSecured();
      finish({ ok: true, socket });
    };
    const onError = (error: unknown): void =>
      finish({ ok: false, phase, errorCode: errorCodeOf(error), timedOut: false });
    const onClose = (): void => finish({ ok: false, phase, errorCode: 'ECONNRESET', timedOut: false });
    socket.once('connect', onConnect);
    socket.once('secureConnect', onSecure);
    socket.once('error', onError);
    socket.once('close', onClose);
  });
}
