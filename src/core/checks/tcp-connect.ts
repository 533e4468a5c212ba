import { connect, type Socket } from 'node:net';
import { errorCodeOf } from './network-errors';

export type TcpConnectResult = { ok: true; socket: Socket } | { ok: false; code: string };

/** The code a connect attempt gets when nothing answered within its time. */
export const CONNECT_TIMEOUT_CODE = 'ETIMEDOUT';
export const CONNECT_ABORTED_CODE = 'ABORT_ERR';

/**
 * Opens a TCP connection to an IP address. Every way it can fail (refused, reset, no answer in time,
 * aborted) becomes an error code, never a throw; a socket that failed is already destroyed.
 */
export function openTcp(
  address: string,
  port: number,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<TcpConnectResult> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve({ ok: false, code: CONNECT_ABORTED_CODE });
      return;
    }
    let socket: Socket;
    try {
      socket = connect({ host: address, port });
    } catch (error) {
      resolve({ ok: false, code: errorCodeOf(error) ?? 'EUNKNOWN' });
      return;
    }
    const settle = (result: TcpConnectResult) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.off('connect', onConnect);
      socket.off('error', onError);
      if (result.ok) {
        // later errors belong to whoever uses the socket; none may crash the process meanwhile
        socket.on('error', () => undefined);
      } else {
        socket.destroy();
      }
      resolve(result);
    };
    const onConnect = () => settle({ ok: true, socket });
    const onError = (error: unknown) => settle({ ok: false, code: errorCodeOf(error) ?? 'EUNKNOWN' });
    const onAbort = () => settle({ ok: false, code: CONNECT_ABORTED_CODE });
    const timer = setTimeout(() => settle({ ok: false, code: CONNECT_TIMEOUT_CODE }), Math.max(1, timeoutMs));
    socket.once('connect', onConnect);
    socket.once('error', onError);
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
