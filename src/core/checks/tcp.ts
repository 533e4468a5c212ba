import { isIP, type Socket } from 'node:net';
import { deadlineAfter } from './check-deadline';
import { beginCheck, unexpectedFailure } from './check-run';
import { closePolitely, connectSocket } from './connect-socket';
import { causeOfConnectionFailure, factsOfDnsFailure } from './connection-phase';
import { DnsLookupError, lookupHost, type ResolvedAddress } from './resolve';
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
  const deadline = deadlineAfter(options.timeoutMs, deps.monotonic);
  const base = { host: target.host, port: target.port };
  try {
    let resolved: ResolvedAddress;
    let dnsMark: number | undefined;
    try {
      resolved = await lookupHost(target.host, options.resolver, deadline.remainingMs());
      if (isIP(target.host) === 0) dnsMark = run.elapsed();
    } catch (error) {
      if (!(error instanceof DnsLookupError)) throw error;
      const { cause, ...dnsFacts } = factsOfDnsFailure(error);
      return run.finish({
        status: 'down',
        cause,
        details: { ...base, ...dnsFacts },
        timings: { dns: run.elapsed() },
      });
    }
    const details = { ...base, address: resolved.address };
    const opened = await connectSocket({
      address: resolved.address,
      port: target.port,
      timeoutMs: deadline.remainingMs(),
    });
    if (!opened.ok) {
      return run.finish({
        status: 'down',
        cause: causeOfConnectionFailure(opened),
        details: { ...details, errorCode: opened.timedOut ? 'ETIMEDOUT' : (opened.errorCode ?? 'EUNKNOWN') },
        timings: { dns: dnsMark },
      });
    }
    const connectMark = run.elapsed();
    const settleMs = Math.min(SETTLE_WINDOW_MS, deadline.remainingMs());
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
