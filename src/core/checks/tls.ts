import { isIP } from 'node:net';
import type { TLSSocket } from 'node:tls';
import type { CauseCode } from '../../shared/cause-codes';
import type { CheckResult, CheckStatus, CheckTimings } from '../../shared/check-result';
import { deadlineAfter } from './check-deadline';
import { compactDetails, type DetailValue } from './check-details';
import { connectSocket } from './connect-socket';
import { causeOfConnectionFailure, factsOfDnsFailure } from './connection-phase';
import { beginCheck, unexpectedFailure } from './check-run';
import { lookupHost } from './resolve';
import { recheckIncompleteChain } from './chain-completion';
import { inspectCertificate } from './tls-certificate';
import { secureContextFor } from './tls-trust';
import type { CheckFn } from './types';

/**
 * Connects to `tls://host:port`, finishes the handshake without rejecting anything, and judges the
 * certificate the server presents (see inspectCertificate for the order of verdicts).
 */
export const checkTls: CheckFn<'tls'> = async (target, text, options, deps) => {
  const run = beginCheck('tls', text, deps);
  const deadline = deadlineAfter(options.timeoutMs, deps.monotonic);
  const timings: Omit<CheckTimings, 'total'> = {};
  const facts: Record<string, DetailValue> = { host: target.host, port: target.port };
  const finish = (
    status: CheckStatus,
    cause: CauseCode,
    more: Record<string, DetailValue> = {},
  ): CheckResult => run.finish({ status, cause, timings, details: compactDetails({ ...facts, ...more }) });

  try {
    let resolved;
    try {
      resolved = await lookupHost(target.host, options.resolver, deadline.remainingMs());
    } catch (error) {
      const { cause, ...dnsFacts } = factsOfDnsFailure(error);
      return finish('down', cause, dnsFacts);
    }
    timings.dns = run.elapsed();
    facts.address = resolved.address;

    const outcome = await connectSocket({
      address: resolved.address,
      port: target.port,
      tls: {
        servername: isIP(target.host) ? undefined : target.host,
        secureContext: secureContextFor(options.extraCaPem),
      },
      timeoutMs: deadline.remainingMs(),
      onConnected: () => (timings.connect = run.elapsed()),
      onSecured: () => (timings.tls = run.elapsed()),
    });
    if (!outcome.ok) {
      return finish('down', causeOfConnectionFailure(outcome), {
        errorCode: outcome.errorCode,
        timedOut: outcome.timedOut || undefined,
      });
    }
    const socket = outcome.socket as TLSSocket;
    const verdict = await recheckIncompleteChain(
      socket,
      inspectCertificate(socket, target.host, deps.now(), options.tlsWarnDays),
      {
        extraCaPem: options.extraCaPem,
        resolver: options.resolver,
        timeoutMs: deadline.remainingMs(),
        now: deps.now(),
      },
    );
    const protocol = socket.getProtocol() ?? undefined;
    socket.destroy();
    return finish(verdict.status, verdict.cause, { ...verdict.details, protocol });
  } catch {
    return run.finish(unexpectedFailure(compactDetails(facts)));
  }
};
