/**
 * How long every monitor of an incident must stay up before it resolves by itself. The same window
 * decides flapping: a failure inside it belongs to the incident that just recovered.
 */
export const RECOVERY_WINDOW_MS = 10 * 60_000;

/** A certificate that expires soon is worth one reminder a day per monitor, not one per check. */
export const CERTIFICATE_NOTICE_INTERVAL_MS = 24 * 60 * 60_000;
