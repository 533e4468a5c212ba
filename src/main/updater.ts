import type { EventEmitter } from 'node:events';
import electronUpdater from 'electron-updater';
import type { UpdateInfo } from 'electron-updater';
import type { Clock } from '../core/clock';
import { systemClock } from '../core/clock';
import type { Logger } from '../core/log/logger';
import { errorFields } from '../core/log/logger';
import type { UpdateSchedule } from '../core/updates/update-schedule';
import { startUpdateSchedule } from '../core/updates/update-schedule';
import type { UpdaterEvent } from '../core/updates/update-state';
import { installDecision, mayCheckForUpdate, nextUpdateStatus } from '../core/updates/update-state';
import type { InstallUpdateOutcome, UpdateStatus } from '../shared/update-status';
import { NO_UPDATE } from '../shared/update-status';

export interface DesktopUpdaterDeps {
  logger: Logger;
  clock?: Clock;
  /** Whether the owner is dealing with a problem right now: then a restart is asked for, never just done. */
  problemOpen(): boolean;
  /** Asks the owner whether to restart now although a problem is open; true means restart now. */
  confirmRestart(): Promise<boolean>;
}

export interface DesktopUpdater {
  status(): UpdateStatus;
  subscribe(listener: (status: UpdateStatus) => void): () => void;
  /** "Restart to update", from the tray or the window. */
  install(): Promise<InstallUpdateOutcome>;
  stop(): void;
}

/**
 * The thin adapter around electron-updater: it checks on the schedule in core/updates, downloads in the
 * background and installs a downloaded update the next time the app quits. It restarts only when the
 * owner asks, and asks them first while a problem is open. What to do when lives in core/updates.
 */
export function startDesktopUpdater(deps: DesktopUpdaterDeps): DesktopUpdater {
  const { autoUpdater } = electronUpdater;
  const { logger } = deps;
  let status = NO_UPDATE;
  let schedule: UpdateSchedule | null = null;
  /** Whether a failure since the last good check was already looked at again soon. */
  let retried = false;
  const listeners = new Set<(status: UpdateStatus) => void>();
  const apply = (event: UpdaterEvent) => {
    const next = nextUpdateStatus(status, event);
    if (next === status) return;
    status = next;
    for (const listener of listeners) listener(status);
  };

  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  // Its own chatter would go to the console; what matters is logged below, in the app's log.
  autoUpdater.logger = null;
  const handlers = {
    'checking-for-update': () => apply({ type: 'checking' }),
    'update-available': (info: UpdateInfo) => {
      retried = false;
      logger.info('update_available', { version: info.version });
      apply({ type: 'available', version: info.version });
    },
    'update-not-available': () => {
      retried = false;
      apply({ type: 'not_available' });
    },
    'update-downloaded': (info: UpdateInfo) => {
      logger.info('update_downloaded', { version: info.version });
      apply({ type: 'downloaded', version: info.version });
    },
    error: (error: Error) => {
      logger.warn('update_failed', errorFields(error));
      apply({ type: 'failed' });
      // Often the network was not up yet (a login, a laptop just woken): once more an hour later. A feed
      // that stays away is then tried daily, so it fills the owner's log with a line a day, not 24.
      if (status.phase === 'error' && !retried) {
        retried = true;
        schedule?.retryOnNextTick();
      }
    },
  } as const;
  // electron-updater types each event's listener; the table above keeps each pair right by hand.
  const events = autoUpdater as unknown as EventEmitter;
  for (const [event, handler] of Object.entries(handlers)) events.on(event, handler);

  const check = () => {
    if (!mayCheckForUpdate(status)) return;
    // A failed check is also emitted as 'error', which logs it; the promise only must not go unhandled.
    autoUpdater.checkForUpdates().catch(() => undefined);
  };
  // An unpackaged app (npm run dev) has no update feed; electron-updater says so with isUpdaterActive.
  schedule = autoUpdater.isUpdaterActive() ? startUpdateSchedule(deps.clock ?? systemClock, check) : null;

  let installing: Promise<InstallUpdateOutcome> | null = null;
  const restartIntoUpdate = async (): Promise<InstallUpdateOutcome> => {
    const decision = installDecision(status, deps.problemOpen());
    if (decision === 'not_ready') return 'not_ready';
    if (decision === 'ask_owner' && !(await deps.confirmRestart())) {
      logger.info('update_postponed', { version: status.version });
      return 'on_quit';
    }
    logger.info('update_installing', { version: status.version });
    // electron-updater reports an installer it cannot start as an 'error' during this call, then stays.
    let refused = false;
    const noteRefusal = () => (refused = true);
    events.once('error', noteRefusal);
    autoUpdater.quitAndInstall();
    events.off('error', noteRefusal);
    return refused ? 'failed' : 'restarting';
  };

  return {
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    install() {
      // A second click while the owner is still being asked gets the same answer, not a second question.
      installing ??= restartIntoUpdate().finally(() => (installing = null));
      return installing;
    },
    stop() {
      schedule?.stop();
      for (const [event, handler] of Object.entries(handlers)) events.off(event, handler);
      listeners.clear();
    },
  };
}
