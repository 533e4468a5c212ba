import type { CauseCode } from '../cause-codes';

/** What the owner reads about one cause: a headline, why it happens, and what to do next (2–4 steps). */
export interface CauseText {
  title: string;
  explanation: string;
  actions: string[];
}

/**
 * Causes whose situations differ enough to need their own text, keyed by the value of one check detail.
 * The cause's own text covers the remaining (default) situation, e.g. `servfail` for `dns_failed`.
 */
export const CAUSE_VARIANTS = {
  dns_not_found: ['no_records'],
  dns_failed: ['timeout', 'refused'],
  error_page: ['wordpress_database', 'wordpress_critical', 'account_suspended', 'parked_domain'],
  content_missing: ['unwanted_text'],
  unknown: ['probe_unavailable', 'mount_not_found'],
  maintenance_mode: ['wordpress'],
  http_server_error: ['temporarily_unavailable'],
} as const satisfies Partial<Record<CauseCode, readonly string[]>>;

export type CauseWithVariants = keyof typeof CAUSE_VARIANTS;
export type CauseVariant<C extends CauseWithVariants = CauseWithVariants> =
  (typeof CAUSE_VARIANTS)[C][number];

export type CauseEntry<C extends CauseCode> = CauseText &
  (C extends CauseWithVariants ? { variants: Record<CauseVariant<C>, CauseText> } : unknown);

/**
 * Texts may use `{placeholders}` filled from the check's details, and `[optional parts]` that are
 * dropped when a placeholder inside them has no value.
 */
export interface CauseCatalog {
  causes: { [C in CauseCode]: CauseEntry<C> };
  /** `{days}` in a text: the number of days with its noun. */
  days: { one: string; other: string };
  /** `{checked}` when the details name nothing checkable. */
  fallbackSubject: string;
}

/**
 * Situations a plain status code would misread as down (protection, rate limits, an incomplete chain) or
 * as an anonymous error (maintenance), recognised from what the server answers; kept in their own files.
 */
export type RecognisedCause = Extract<
  CauseCode,
  'blocked_by_protection' | 'rate_limited' | 'tls_incomplete_chain' | 'maintenance_mode'
>;

/** The causes about reaching a server at all, kept in their own catalog files. */
export type ConnectionCause = Exclude<
  Extract<CauseCode, `dns_${string}` | `connection_${string}` | `tls_${string}`>,
  RecognisedCause
>;

export type CauseEntries<C extends CauseCode> = { [K in C]: CauseEntry<K> };
