import type { CheckDetails } from '../../shared/check-result';

export type DetailValue = string | number | boolean | null | undefined;

/** Drops facts that were not found so stored details hold only what the check saw. */
export function compactDetails(facts: Record<string, DetailValue>): CheckDetails {
  const details: CheckDetails = {};
  for (const [key, value] of Object.entries(facts)) {
    if (value !== undefined) details[key] = value;
  }
  return details;
}
