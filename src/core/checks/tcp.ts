import type { Socket } from 'node:net';
import { isIP } from 'node:net';
import { beginCheck, unexpectedFailure } from './check-run';
import { causeFromErrorCode } from './network-errors';
import { causeOfDnsFailure, DnsLookupError, lookupHost, type ResolvedAddress } from './resolve';
import { closePolitely, openTcp } from './tcp-connect';
import type { CheckFn } from './types';

/**
 * How long an open connection must stay open before it counts. A proxy or load balancer in front of a
 * crashed service accepts the connection and drops it at once; that is a failure, not "up".
 */
export const SETTLE_WINDOW_MS = 150;

type EarlyDrop = 'reset' | 'closed';

/** Waits up to `windowMs` for the peer to reset or close a fresh connection; null when it stayed open. */
function watchForEarlyDrop(socket: Socket, windowMs: number): Promise<EarlyDrop | null> {
  return new Promise((resolve) => {
    const done = (drop: EarlyDrop | null) => {
      clearTimeout(timer);
      socket.off('error', onError);
      socket.off('end', onClosed);
      socket.off('close', onClosed);
      resolve(drop);
    };
    const onError = () => done('reset');
    const onClosed = () => done('closed');
    socket.on('error', onError);
    socket.on('end', onClosed);
    socket.on('close', onClosed);
    // reading is what lets a reset or an end-of-stream from the peer surface at all
    socket.resume();
    const timer = setTimeout(() => done(null), windowMs);
  });
}

export const checkTcp: CheckFn<'tcp'> = async (target, text, options, deps) => {
  const run = beginCheck('tcp', text, deps);
  const host = target.host.replace(/^\[|\]$/g, '');
  const base = { host, port: target.port };
  try {
    let resolved: ResolvedAddress;
    let dnsMark: number | undefined;
    try {
      resolved = await lookupHost(host, options.resolver, options.timeoutMs);
      if (isIP(host) === 0) dnsMark = run.elapsed();
    } catch (error) {
      if (!(error instanceof DnsLookupError)) throw error;
      return run.finish({
        status: 'down',
        cause: causeOfDnsFailure(error.failure),
        details: { ...base, dnsFailure: error.failure, errorCode: error.code },
        timings: { dns: run.elapsed() },
      });
    }
    const details = { ...base, address: resolved.address };
    const opened = await openTcp(resolved.address, target.port, options.timeoutMs - run.elapsed());
    if (!opened.ok) {
      return run.finish({
        status: 'down',
        cause: causeFromErrorCode(opened.code),
        details: { ...details, errorCode: opened.code },
        timings: { dns: dnsMark },
      });
    }
    const connectMark = run.elapsed();
    const settleMs = Math.min(SETTLE_WINDOW_MS, Math.max(0, options.timeoutMs - connectMark));
    const drop = settleMs > 0 ? await watchForEarlyDrop(opened.socket, settleMs) : null;
    if (drop) {
      opened.socket.destroy();
      return run.finish({
        status: 'down',
        cause: 'connection_reset',
        details: { ...details, droppedAfterConnect: drop, errorCode: drop === 'reset' ? 'ECONNRESET' : null },
        timings: { dns: dnsMark, connect: connectMark },
      });
    }
    closePolitely(opened.socket);
    return run.finish({
      status: 'up',
      cause: 'ok',
      details,
      timings: { dns: dnsMark, connect: connectMark },
    });
  } catch {
    return run.finish(unexpectedFailure(base));
  }
};
