import type { CheckResult } from '../../shared/check-result';
import type { Diagnosis } from '../../shared/diagnosis';

/** One checked target: what the check saw and what that means for the owner. */
export interface DiagnosedResult {
  result: CheckResult;
  diagnosis: Diagnosis;
}
