import type { IncomingHttpHeaders } from 'node:http';
import type { CheckOptions } from '../../shared/check-options';
import type { CheckResult } from '../../shared/check-result';
import { deadlineAfter } from './check-deadline';
import { compactDetails, type DetailValue } from './check-details';
import { beginCheck, unexpectedFailure } from './check-run';
import { causeOfConnectionFailure } from './connection-phase';
import { retryAsBrowser } from './browser-retry';
import { runHop, type HopOutcome, type HopPhaseTimings } from './http-hop';
import { isExpectedStatus, judgeAnswer, judgeUnexpectedStatus, type Verdict } from './http-verdict';
import { RedirectCookies } from './redirect-cookies';
import type { CertificateVerdict } from './tls-certificate';
import { secureContextFor } from './tls-trust';
import type { CheckFn } from './types';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** A redirect is followed unless the user asked for exactly this status (e.g. to check a 301 exists). */
function redirectTarget(
  statusCode: number,
  headers: IncomingHttpHeaders,
  from: URL,
  options: CheckOptions,
): URL | null {
  if (!REDIRECT_STATUSES.has(statusCode) || options.expectedStatus?.includes(statusCode)) return null;
  if (!headers.location) return null;
  try {
    const next = new URL(headers.location, from);
    return next.protocol === 'http:' || next.protocol === 'https:' ? next : null;
  } catch {
    return null;
  }
}

const CERTIFICATE_SEVERITY = { up: 0, degraded: 1, down: 2 } as const;

/** The certificate worth reporting: the worst one seen on the way, then the one expiring first. */
function moreUrgent(
  current: CertificateVerdict | undefined,
  seen: CertificateVerdict | undefined,
): CertificateVerdict | undefined {
  if (!seen) return current;
  if (!current) return seen;
  const bySeverity = CERTIFICATE_SEVERITY[seen.status] - CERTIFICATE_SEVERITY[current.status];
  if (bySeverity !== 0) return bySeverity > 0 ? seen : current;
  return seen.msLeft < current.msLeft ? seen : current;
}

function verdictOfFailedHop(hop: Exclude<HopOutcome, { kind: 'response' }>, options: CheckOptions): Verdict {
  switch (hop.kind) {
    case 'dns_failed': {
      const { cause, ...facts } = hop.dns;
      return { status: 'down', cause, details: facts };
    }
    case 'certificate_rejected':
      return { status: 'down', cause: hop.certificate?.cause ?? 'tls_untrusted', details: {} };
    case 'connection_failed': {
      const { failure, statusCode } = hop;
      if (statusCode !== undefined && !isExpectedStatus(statusCode, options)) {
        return judgeUnexpectedStatus(statusCode, options);
      }
      return {
        status: 'down',
        cause: causeOfConnectionFailure(failure),
        details: { errorCode: failure.errorCode, timedOut: failure.timedOut || undefined },
      };
    }
  }
}

/**
 * Fetches an http(s) URL the way a visitor's browser would (following redirects, checking the
 * certificate) within one deadline for everything, and says whether the page really works.
 */
export const checkHttp: CheckFn<'http'> = async (target, text, options, deps) => {
  const run = beginCheck('http', text, deps);
  let timings: HopPhaseTimings = {};
  const facts: Record<string, DetailValue> = { host: target.host };
  const finish = (verdict: Verdict): CheckResult =>
    run.finish({
      status: verdict.status,
      cause: verdict.cause,
      timings,
      details: compactDetails({ ...facts, ...verdict.details }),
    });

  try {
    const deadline = deadlineAfter(options.timeoutMs, deps.monotonic);
    const secureContext = secureContextFor(options.extraCaPem);
    const cookies = new RedirectCookies();
    // the same address asked with the same cookies again is a loop; new cookies make it a new request
    const visited = new Set<string>();
    let url = new URL(target.url);
    let certificate: CertificateVerdict | undefined;
    for (let redirects = 0; ; redirects++) {
      const cookie = cookies.headerFor(url);
      visited.add(`${url.href} ${cookie ?? ''}`);
      const from = url;
      const request = {
        url,
        resolver: options.resolver,
        secureContext,
        extraCaPem: options.extraCaPem,
        tlsWarnDays: options.tlsWarnDays,
        maxBodyBytes: options.maxBodyBytes,
        deadline,
        since: run.elapsed,
        now: deps.now,
        headers: cookie === undefined ? undefined : { cookie },
      };
      const hop = await runHop({
        ...request,
        redirectOf: (statusCode, headers) => redirectTarget(statusCode, headers, from, options),
      });
      timings = hop.timings;
      certificate =
        hop.kind === 'certificate_rejected' ? hop.certificate : moreUrgent(certificate, hop.certificate);
      Object.assign(facts, certificate?.details, { address: hop.address, finalUrl: url.href, redirects });
      if (hop.kind !== 'response') return finish(verdictOfFailedHop(hop, options));
      facts.statusCode = hop.statusCode;

      const next = hop.redirect;
      if (next) {
        cookies.remember(hop.headers, from);
        if (
          visited.has(`${next.href} ${cookies.headerFor(next) ?? ''}`) ||
          redirects >= options.maxRedirects
        ) {
          return finish({ status: 'down', cause: 'http_redirect_loop', details: { nextUrl: next.href } });
        }
        url = next;
        continue;
      }
      const body = hop.body ?? { bytes: Buffer.alloc(0), truncated: false, cutByDeadline: false };
      Object.assign(facts, {
        bodyBytesRead: body.bytes.length,
        bodyTruncated: body.truncated,
        bodyCutByDeadline: body.cutByDeadline || undefined,
      });
      const answer = {
        statusCode: hop.statusCode,
        headers: hop.headers,
        body,
        totalMs: run.elapsed(),
        receivedAt: deps.now(),
        certificateWarning: certificate?.status === 'degraded' ? certificate.cause : undefined,
      };
      const verdict = judgeAnswer(answer, options);
      const refusedOnlyToChecks =
        hop.statusCode === 403 && verdict.cause === 'http_client_error'
          ? await retryAsBrowser(request, options)
          : null;
      return finish(refusedOnlyToChecks ?? verdict);
    }
  } catch {
    return run.finish(unexpectedFailure(compactDetails(facts)));
  }
};
