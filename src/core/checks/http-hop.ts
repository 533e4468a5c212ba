import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { isIP, type Socket } from 'node:net';
import type { SecureContext, TLSSocket } from 'node:tls';
import type { CheckTimings } from '../../shared/check-result';
import type { Deadline } from './check-deadline';
import { connectSocket } from './connect-socket';
import { factsOfDnsFailure, type ConnectionFailure, type DnsFailureFacts } from './connection-phase';
import { readBody, type BodyRead } from './http-body';
import { errorCodeOf } from './network-errors';
import { lookupHost } from './resolve';
import { recheckIncompleteChain } from './chain-completion';
import { inspectCertificate, type CertificateVerdict } from './tls-certificate';
import { portOfUrl } from './url-port';

export interface HopRequest {
  url: URL;
  resolver: string | undefined;
  secureContext: SecureContext | undefined;
  /** The owner's extra authorities, to finish a chain the server left incomplete. */
  extraCaPem: readonly string[] | undefined;
  tlsWarnDays: number;
  maxBodyBytes: number;
  deadline: Deadline;
  /** Sent on top of the check's own headers, e.g. the cookies of earlier hops or a browser's headers. */
  headers?: Record<string, string>;
  /** Milliseconds since the check started, for phase timings. */
  since(): number;
  now(): number;
  /** Where an answer sends the check next, or null when it is the final answer; a redirect's body is not read. */
  redirectOf(statusCode: number, headers: IncomingHttpHeaders): URL | null;
}

export type HopPhaseTimings = Omit<CheckTimings, 'total'>;

interface HopBase {
  timings: HopPhaseTimings;
  address?: string;
  certificate?: CertificateVerdict;
}

/** What one request to one URL came to. */
export type HopOutcome = HopBase &
  (
    | { kind: 'dns_failed'; dns: DnsFailureFacts }
    | { kind: 'connection_failed'; failure: ConnectionFailure; statusCode?: number }
    | { kind: 'certificate_rejected' }
    | { kind: 'response'; statusCode: number; headers: IncomingHttpHeaders; redirect?: URL; body?: BodyRead }
  );

const REQUEST_HEADERS = {
  'user-agent': 'BackOnline/0.1 (site check)',
  accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
  'accept-encoding': 'gzip, deflate, br',
  connection: 'close',
};

type HeadersOutcome = { ok: true; response: IncomingMessage } | ({ ok: false } & ConnectionFailure);

function awaitHeaders(
  socket: Socket,
  { url, deadline, headers }: Pick<HopRequest, 'url' | 'deadline' | 'headers'>,
  onFirstByte: () => void,
): Promise<HeadersOutcome> {
  return new Promise((resolve) => {
    const request = httpRequest({
      createConnection: () => socket,
      method: 'GET',
      path: `${url.pathname}${url.search}`,
      headers: { host: url.host, ...REQUEST_HEADERS, ...headers },
      setHost: false,
    });
    let settled = false;
    const finish = (outcome: HeadersOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!outcome.ok) request.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(
      () => finish({ ok: false, phase: 'response', timedOut: true }),
      deadline.remainingMs(),
    );
    request.on('error', (error) =>
      finish({
        ok: false,
        phase: 'response',
        errorCode: errorCodeOf(error) ?? 'ECONNRESET',
        timedOut: false,
      }),
    );
    request.once('response', (response) => {
      onFirstByte();
      finish({ ok: true, response });
    });
    request.end();
  });
}

/** Resolves, connects, inspects the certificate (https), sends one GET and reads the answer. */
export async function runHop(hop: HopRequest): Promise<HopOutcome> {
  const { url, deadline } = hop;
  const timings: HopPhaseTimings = {};
  const secure = url.protocol === 'https:';
  const hostname = url.hostname.replace(/^\[|\]$/g, '');

  let resolved;
  try {
    resolved = await lookupHost(hostname, hop.resolver, deadline.remainingMs());
  } catch (error) {
    return { kind: 'dns_failed', dns: factsOfDnsFailure(error), timings };
  }
  timings.dns = hop.since();
  const address = resolved.address;

  const connected = await connectSocket({
    address,
    port: portOfUrl(url),
    tls: secure
      ? { servername: isIP(hostname) ? undefined : hostname, secureContext: hop.secureContext }
      : undefined,
    timeoutMs: deadline.remainingMs(),
    onConnected: () => (timings.connect = hop.since()),
    onSecured: () => (timings.tls = hop.since()),
  });
  if (!connected.ok) return { kind: 'connection_failed', failure: connected, timings, address };

  try {
    return await exchange(hop, { socket: connected.socket, timings, address, hostname });
  } finally {
    connected.socket.destroy();
  }
}

interface OpenConnection {
  socket: Socket;
  timings: HopPhaseTimings;
  address: string;
  hostname: string;
}

/** The part of a hop that runs on an open connection: certificate, request, answer. */
async function exchange(
  hop: HopRequest,
  { socket, timings, address, hostname }: OpenConnection,
): Promise<HopOutcome> {
  const { url, deadline } = hop;
  let certificate: CertificateVerdict | undefined;
  if (url.protocol === 'https:') {
    const tlsSocket = socket as TLSSocket;
    certificate = await recheckIncompleteChain(
      tlsSocket,
      inspectCertificate(tlsSocket, hostname, hop.now(), hop.tlsWarnDays),
      {
        extraCaPem: hop.extraCaPem,
        resolver: hop.resolver,
        timeoutMs: deadline.remainingMs(),
        now: hop.now(),
      },
    );
    if (certificate.status === 'down') {
      return { kind: 'certificate_rejected', timings, address, certificate };
    }
  }

  const answered = await awaitHeaders(socket, hop, () => (timings.firstByte = hop.since()));
  if (!answered.ok) return { kind: 'connection_failed', failure: answered, timings, address, certificate };
  const { response } = answered;
  const statusCode = response.statusCode ?? 0;
  const base = { timings, address, certificate, statusCode, headers: response.headers };
  const redirect = hop.redirectOf(statusCode, response.headers);
  if (redirect) {
    response.destroy();
    return { kind: 'response', ...base, redirect };
  }
  const read = await readBody(response, hop.maxBodyBytes, deadline);
  if (!read.ok) {
    return { kind: 'connection_failed', failure: read, timings, address, certificate, statusCode };
  }
  return { kind: 'response', ...base, body: read.body };
}
