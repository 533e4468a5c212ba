import { Notification } from 'electron';
import type { BackOnlineService, NotificationIntent } from '../core/service-contract';
import { notificationWanted } from '../core/service/notification-policy';
import type { WindowRoute } from '../shared/window-route';

export interface NotifierOptions {
  service: Pick<BackOnlineService, 'onNotification' | 'getState' | 'handle'>;
  openWindow(route: WindowRoute): void;
  iconPath?: string;
  now?: () => number;
}

/** Enough memory for every incident of a long-running session; the oldest keys are forgotten first. */
const REMEMBERED_KEYS = 1000;

/** The same incident (or, without one, the same monitor or text) and kind is notified at most once. */
export function notificationKey(intent: NotificationIntent): string {
  const key = `${intent.kind}:${intent.incidentId ?? intent.monitorId ?? `${intent.title}\n${intent.body}`}`;
  // Every update an incident is due is a reminder of its own; every monitor that joins one is news of its own.
  if (intent.kind === 'update_due') return `${key}@${intent.at}`;
  return intent.kind === 'joined' ? `${key}/${intent.monitorId ?? ''}` : key;
}

/**
 * Shows the service's notifications as desktop notifications. Suppressed ones (alerts snoozed,
 * notifications or their kind switched off, quiet hours) are not remembered, so a repeat after the snooze still gets through.
 * Returns the unsubscribe function.
 */
export function startNotifications(options: NotifierOptions): () => void {
  const now = options.now ?? Date.now;
  const shown = new Set<string>();
  const deciding = new Set<string>();
  // Electron drops the click handler of a notification that is garbage-collected, so keep them alive.
  const live = new Set<Notification>();

  const remember = (key: string) => {
    shown.add(key);
    if (shown.size > REMEMBERED_KEYS) shown.delete(shown.values().next().value as string);
  };

  const wanted = async (intent: NotificationIntent): Promise<boolean> => {
    const { snoozedUntil } = options.service.getState();
    if (snoozedUntil !== null && snoozedUntil > now()) return false;
    const settings = await options.service.handle('settings.get', {});
    // When the settings cannot be read, an alert about a broken site matters more than staying quiet.
    return !settings.ok || notificationWanted(intent.kind, settings.value.notifications, now());
  };

  const show = (intent: NotificationIntent) => {
    const notification = new Notification({
      title: intent.title,
      body: intent.body,
      ...(options.iconPath ? { icon: options.iconPath } : {}),
    });
    const release = () => live.delete(notification);
    notification.on('click', () => {
      release();
      options.openWindow(
        intent.incidentId
          ? { page: 'incident', incidentId: intent.incidentId, ...(intent.step ? { step: intent.step } : {}) }
          : { page: 'home' },
      );
    });
    notification.on('close', release);
    notification.on('failed', release);
    live.add(notification);
    notification.show();
  };

  const onIntent = async (intent: NotificationIntent) => {
    const key = notificationKey(intent);
    if (shown.has(key) || deciding.has(key) || !Notification.isSupported()) return;
    deciding.add(key);
    try {
      if (!(await wanted(intent))) return;
      remember(key);
      show(intent);
    } catch (error) {
      console.error('a notification could not be shown', error);
    } finally {
      deciding.delete(key);
    }
  };

  return options.service.onNotification((intent) => void onIntent(intent));
}
