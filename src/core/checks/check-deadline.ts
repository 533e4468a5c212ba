/** One time budget for a whole check, shared by every phase and every redirect hop. */
export interface Deadline {
  /** Whole milliseconds left (timer and resolver APIs want integers), never negative. */
  remainingMs(): number;
}

export function deadlineAfter(timeoutMs: number, monotonic: () => number): Deadline {
  const endsAt = monotonic() + timeoutMs;
  return { remainingMs: () => Math.max(0, Math.ceil(endsAt - monotonic())) };
}
