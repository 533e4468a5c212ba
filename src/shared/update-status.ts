/**
 * Where the desktop app's own update stands. Only the desktop has an updater; web mode answers
 * `unavailable` to app.updateStatus and never pushes one, so the window shows no update there.
 */
export const UPDATE_PHASES = ['idle', 'checking', 'downloading', 'ready', 'error'] as const;
export type UpdatePhase = (typeof UPDATE_PHASES)[number];

export interface UpdateStatus {
  phase: UpdatePhase;
  /** The version being downloaded or ready to install; null while none is known. */
  version: string | null;
}

export const NO_UPDATE: UpdateStatus = { phase: 'idle', version: null };

/**
 * What "Restart to update" did: restarted into the new version, or, when the owner chose to wait (a
 * problem was open), left the update to install by itself the next time Back Online quits; `failed` when
 * the installer could not be started (the app keeps running as it is).
 */
export const INSTALL_UPDATE_OUTCOMES = ['restarting', 'on_quit', 'not_ready', 'failed'] as const;
export type InstallUpdateOutcome = (typeof INSTALL_UPDATE_OUTCOMES)[number];
