/** How one check runs. Everything here has a default so a bare target is enough. */
export interface CheckOptions {
  timeoutMs: number;
  maxRedirects: number;
  maxBodyBytes: number;
  /** Accepted HTTP status codes after redirects; absent means 200–399. */
  expectedStatus?: number[];
  keyword?: string;
  keywordAbsent?: string;
  slowThresholdMs: number;
  tlsWarnDays: number;
  /** `host:port` of a DNS server used for every name lookup of this check. */
  resolver?: string;
  /** Extra certificate authorities (PEM) trusted besides the system's, e.g. a NAS's internal CA. */
  extraCaPem?: string[];
  minFreePercent: number;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = {
  timeoutMs: 10_000,
  maxRedirects: 5,
  maxBodyBytes: 1024 * 1024,
  slowThresholdMs: 3_000,
  tlsWarnDays: 14,
  minFreePercent: 10,
};
