import type { UpdateStatus } from '../../shared/update-status';

/** What the updater reports, reduced to what the app decides on. */
export type UpdaterEvent =
  | { type: 'checking' }
  | { type: 'available'; version: string }
  | { type: 'not_available' }
  | { type: 'downloaded'; version: string }
  | { type: 'failed' };

/**
 * idle → checking → (idle | downloading → ready) and error from anywhere but ready. A downloaded update
 * stays ready whatever later checks say: it installs on the next quit, so nothing can take it back.
 */
export function nextUpdateStatus(status: UpdateStatus, event: UpdaterEvent): UpdateStatus {
  if (status.phase === 'ready') return status;
  switch (event.type) {
    case 'checking':
      return status.phase === 'downloading' ? status : { phase: 'checking', version: null };
    case 'available':
      return { phase: 'downloading', version: event.version };
    case 'not_available':
      return { phase: 'idle', version: null };
    case 'downloaded':
      return { phase: 'ready', version: event.version };
    case 'failed':
      return { phase: 'error', version: status.version };
  }
}

/** A check is only worth starting when nothing is under way and nothing is waiting to be installed. */
export function mayCheckForUpdate(status: UpdateStatus): boolean {
  return status.phase === 'idle' || status.phase === 'error';
}

export type InstallDecision = 'not_ready' | 'ask_owner' | 'restart';

/**
 * Back Online never restarts by itself. When the owner asks to, it restarts at once unless a problem is
 * open: then watching would stop for a moment while they are dealing with it, so they are asked first.
 */
export function installDecision(status: UpdateStatus, problemOpen: boolean): InstallDecision {
  if (status.phase !== 'ready') return 'not_ready';
  return problemOpen ? 'ask_owner' : 'restart';
}
