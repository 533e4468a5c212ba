import type { CheckOptions } from '../../shared/check-options';
import type { CheckResult } from '../../shared/check-result';
import { parseTarget } from '../../shared/target';
import { askProbe } from './ask-probe';
import { beginCheck, unexpectedFailure } from './check-run';
import { closePolitely, connectSocket } from './connect-socket';
import { lookupHost } from './resolve';
import type { CheckDeps } from './types';
import { portOfUrl } from './url-port';

export interface ConnectivityConfig {
  /** Reference endpoints (`tcp://host:port`; `tls://` and `http(s)://` count by their host and port). */
  targets: string[];
  includeGateway: boolean;
  /** Ports tried on the default gateway; routers tend to run DNS or a web interface. */
  gatewayPorts?: number[];
}

const GATEWAY_PORTS = [53, 80];
/** "Am I online" must answer fast: a reference that needs longer than this counts as not answering. */
export const REFERENCE_TIMEOUT_MS = 3_000;

interface Endpoint {
  text: string;
  host: string;
  port: number;
}

/** What one TCP attempt proves. A refusal or reset still came back over the network, so it counts. */
type Reach = 'answered' | 'unreachable' | 'silent';

const UNREACHABLE_CODES = new Set(['EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN']);
const ANSWER_CODES = new Set(['ECONNREFUSED', 'ECONNRESET']);

function endpointOf(text: string): Endpoint | null {
  const parsed = parseTarget(text);
  if (!parsed.ok) return null;
  const target = parsed.target;
  switch (target.kind) {
    case 'tcp':
    case 'tls':
      return { text, host: target.host, port: target.port };
    case 'http': {
      const url = URL.parse(target.url);
      return url ? { text, host: target.host, port: portOfUrl(url) } : null;
    }
    default:
      return null;
  }
}

async function reach(
  host: string,
  port: number,
  timeoutMs: number,
  signal: AbortSignal,
  resolver: string | undefined,
): Promise<Reach> {
  try {
    const { address } = await lookupHost(host, resolver, timeoutMs);
    const opened = await connectSocket({ address, port, timeoutMs, signal });
    if (opened.ok) {
      closePolitely(opened.socket);
      return 'answered';
    }
    const code = opened.errorCode ?? '';
    if (ANSWER_CODES.has(code)) return 'answered';
    return UNREACHABLE_CODES.has(code) ? 'unreachable' : 'silent';
  } catch {
    return 'silent';
  }
}

/** The first reference that answers, as soon as it does; null once every one has failed. */
function firstAnswering(
  endpoints: Endpoint[],
  timeoutMs: number,
  signal: AbortSignal,
  resolver: string | undefined,
): Promise<Endpoint | null> {
  return new Promise((resolve) => {
    let pending = endpoints.length;
    for (const endpoint of endpoints) {
      void reach(endpoint.host, endpoint.port, timeoutMs, signal, resolver).then((outcome) => {
        if (outcome === 'answered') resolve(endpoint);
        else if (--pending === 0) resolve(null);
      });
    }
  });
}

/**
 * Whether the default gateway answers. Routers often drop TCP, so silence is "cannot tell" (null);
 * only a host-unreachable on every port says false.
 */
async function gatewayReachable(
  deps: CheckDeps,
  ports: number[],
  timeoutMs: number,
  signal: AbortSignal,
): Promise<boolean | null> {
  const gateway = await askProbe(() => deps.system.defaultGateway(), timeoutMs);
  if (!gateway || ports.length === 0) return null;
  const outcomes = await Promise.all(ports.map((port) => reach(gateway, port, timeoutMs, signal, undefined)));
  if (outcomes.includes('answered')) return true;
  return outcomes.every((outcome) => outcome === 'unreachable') ? false : null;
}

/**
 * Is this machine online at all? Online as soon as any reference endpoint answers; offline when none
 * does, with the gateway's answer telling "your router" apart from "beyond your router".
 */
export async function checkConnectivity(
  config: ConnectivityConfig,
  options: CheckOptions,
  deps: CheckDeps,
): Promise<CheckResult> {
  const run = beginCheck('connectivity', 'connectivity', deps);
  const endpoints = config.targets.map(endpointOf).filter((endpoint) => endpoint !== null);
  const base = { referencesConfigured: endpoints.length };
  if (endpoints.length === 0) {
    return run.finish({ status: 'unknown', cause: 'unknown', details: { ...base, reason: 'no_references' } });
  }
  const controller = new AbortController();
  try {
    const timeoutMs = Math.min(options.timeoutMs, REFERENCE_TIMEOUT_MS);
    const gateway = config.includeGateway
      ? gatewayReachable(deps, config.gatewayPorts ?? GATEWAY_PORTS, timeoutMs, controller.signal)
      : Promise.resolve(null);
    const answering = await firstAnswering(endpoints, timeoutMs, controller.signal, options.resolver);
    if (answering) {
      const connect = run.elapsed();
      controller.abort();
      return run.finish({
        status: 'up',
        cause: 'ok',
        details: { ...base, reachedReference: answering.text },
        timings: { connect },
      });
    }
    return run.finish({
      status: 'down',
      cause: 'local_offline',
      details: { ...base, referencesReachable: 0, gatewayReachable: await gateway },
    });
  } catch {
    return run.finish(unexpectedFailure(base));
  } finally {
    controller.abort();
  }
}
