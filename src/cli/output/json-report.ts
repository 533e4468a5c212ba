import type { CauseCode } from '../../shared/cause-codes';
import type { CheckDetails, CheckKind, CheckStatus, CheckTimings } from '../../shared/check-result';
import type { DiagnosedResult } from './diagnosed-result';
import { worstStatus } from './overall';

export interface JsonResult {
  target: string;
  kind: CheckKind;
  status: CheckStatus;
  cause: CauseCode;
  title: string;
  explanation: string;
  actions: string[];
  durationMs: number;
  timings: CheckTimings;
  details: CheckDetails;
}

/** The `--json` output; its shape is a promise to scripts, so it changes only deliberately. */
export interface JsonReport {
  results: JsonResult[];
  overall: CheckStatus;
}

export function jsonReport(items: readonly DiagnosedResult[]): JsonReport {
  const results = items.map(({ result, diagnosis }): JsonResult => ({
    target: result.target,
    kind: result.kind,
    status: diagnosis.status,
    cause: diagnosis.cause,
    title: diagnosis.title,
    explanation: diagnosis.explanation,
    actions: diagnosis.actions,
    durationMs: result.durationMs,
    timings: result.timings,
    details: result.details,
  }));
  return { results, overall: worstStatus(results.map((result) => result.status)) };
}

export function renderJsonReport(items: readonly DiagnosedResult[]): string {
  return `${JSON.stringify(jsonReport(items), null, 2)}\n`;
}
