import type { CheckStatus } from '../../shared/check-result';
import { EXIT_CODES } from '../exit-codes';

/** Worst first: something down outweighs a warning, a warning outweighs "could not tell". */
const SEVERITY: Record<CheckStatus, number> = { down: 3, degraded: 2, unknown: 1, up: 0 };

export function worstStatus(statuses: readonly CheckStatus[]): CheckStatus {
  return statuses.reduce<CheckStatus>(
    (worst, status) => (SEVERITY[status] > SEVERITY[worst] ? status : worst),
    'up',
  );
}

/** Only "down" fails the run: a warning or an unknown still leaves everything reachable. */
export function exitCodeFor(statuses: readonly CheckStatus[]): number {
  return statuses.includes('down') ? EXIT_CODES.down : EXIT_CODES.ok;
}
