/** What the command line's exit status means; scripts and monitoring tools rely on these. */
export const EXIT_CODES = {
  /** Every target answered; degraded and unknown count as not down. */
  ok: 0,
  down: 1,
  usage: 2,
  /** A fault inside Back Online itself; nothing about the targets is known. */
  internal: 3,
} as const;
