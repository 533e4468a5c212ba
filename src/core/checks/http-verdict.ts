import type { IncomingHttpHeaders } from 'node:http';
import type { CauseCode } from '../../shared/cause-codes';
import type { CheckOptions } from '../../shared/check-options';
import type { CheckStatus } from '../../shared/check-result';
import type { DetailValue } from './check-details';
import { decodeBody, type BodyRead } from './http-body';
import { detectErrorPage } from './error-pages';
import { judgeServerSignals } from './server-signals';

export interface Verdict {
  status: CheckStatus;
  cause: CauseCode;
  details: Record<string, DetailValue>;
}

export function isExpectedStatus(statusCode: number, options: CheckOptions): boolean {
  return options.expectedStatus
    ? options.expectedStatus.includes(statusCode)
    : statusCode >= 200 && statusCode < 400;
}

/** The verdict for a status that is not the one wanted, before anything else about the answer counts. */
export function judgeUnexpectedStatus(statusCode: number, options: CheckOptions): Verdict {
  const cause: CauseCode =
    statusCode >= 500 ? 'http_server_error' : statusCode >= 400 ? 'http_client_error' : 'unknown';
  return {
    status: 'down',
    cause,
    details: { expectedStatus: options.expectedStatus?.join(',') },
  };
}

export interface FinalAnswer {
  statusCode: number;
  headers: IncomingHttpHeaders;
  body: BodyRead;
  totalMs: number;
  /** Epoch milliseconds when the answer arrived, for a `Retry-After` date. */
  receivedAt: number;
  /** A certificate warning seen on the way (expiring soon, incomplete chain): reported unless something is worse. */
  certificateWarning?: CauseCode;
}

/**
 * Judges the last answer, most serious first: a known error page (it explains a 500 better than the
 * code does), what the server says about itself (rate limit, protection, maintenance), the status, the
 * keywords, then the warnings (certificate expiring, slow).
 */
export function judgeAnswer(answer: FinalAnswer, options: CheckOptions): Verdict {
  const text = decodeBody(answer.body.bytes, answer.headers['content-type']);
  const errorPage = detectErrorPage(text);
  if (errorPage) return { status: 'down', cause: 'error_page', details: { errorPage } };
  const expected = isExpectedStatus(answer.statusCode, options);
  const signal = judgeServerSignals(answer, text, expected);
  if (signal) return signal;
  if (!expected) return judgeUnexpectedStatus(answer.statusCode, options);

  const { keyword, keywordAbsent } = options;
  if (keyword !== undefined && !text.includes(keyword)) {
    const cause = answer.body.cutByDeadline ? 'response_timeout' : 'content_missing';
    return { status: 'down', cause, details: { keyword, keywordRule: 'must_contain' } };
  }
  if (keywordAbsent !== undefined && text.includes(keywordAbsent)) {
    return {
      status: 'down',
      cause: 'content_missing',
      details: { keyword: keywordAbsent, keywordRule: 'must_not_contain' },
    };
  }
  if (answer.certificateWarning) return { status: 'degraded', cause: answer.certificateWarning, details: {} };
  if (answer.totalMs > options.slowThresholdMs) {
    return {
      status: 'degraded',
      cause: 'slow_response',
      details: { slowThresholdMs: options.slowThresholdMs },
    };
  }
  return { status: 'up', cause: 'ok', details: {} };
}
