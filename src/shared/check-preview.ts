import { z } from 'zod';
import type { CauseCode } from './cause-codes';
import type { CheckDetails, CheckKind, CheckStatus } from './check-result';
import { monitorInputSchema } from './monitor';

/**
 * One check of a target the owner is still typing, run once and stored nowhere. `window` names the asking
 * window (a random key it made at start): each window gets one preview at a time, so typing fast never
 * piles checks up against the owner's own site.
 */
export const checkPreviewRequestSchema = z
  .object({
    window: z.string().min(8).max(64),
    target: monitorInputSchema.shape.target,
    keyword: monitorInputSchema.shape.keyword,
  })
  .strict();

export type CheckPreview =
  | {
      outcome: 'checked';
      /** The target spelled out, as it would be stored: `bakkerijdezon.nl` → `https://bakkerijdezon.nl`. */
      target: string;
      kind: CheckKind;
      status: CheckStatus;
      cause: CauseCode;
      durationMs: number;
      details: CheckDetails;
    }
  /** A newer preview from the same window took this one's place before it started. */
  | { outcome: 'superseded' };
