import type { NotificationKind, NotificationSettings } from '../../shared/notification-settings';
import { windowIsOpen } from '../scheduler/schedule-windows';
import type { NotificationIntent } from '../service-contract';

/** Which of the owner's switches a notification falls under: their own internet going is a kind of down. */
const SWITCH_OF: Record<NotificationIntent['kind'], NotificationKind> = {
  down: 'down',
  joined: 'down',
  offline: 'down',
  recovered: 'recovered',
  online: 'recovered',
  certificate_expiring: 'certificate_expiring',
  update_due: 'update_due',
};

/** Whether local time `at` falls in the owner's quiet hours (start after end crosses midnight). */
export function inQuietHours(settings: NotificationSettings, at: number): boolean {
  const { enabled, start, end } = settings.quietHours;
  // Equal start and end would read as "all day" to the window rule; for quiet hours it means nothing set.
  if (!enabled || start === end) return false;
  return windowIsOpen({ monitors: [], days: [], start, end }, at);
}

/**
 * Whether the owner wants this notification now: notifications on, its kind switched on, and outside the
 * quiet hours. What is held back is not queued: the tray icon and the window still show the state.
 */
export function notificationWanted(
  kind: NotificationIntent['kind'],
  settings: NotificationSettings,
  at: number,
): boolean {
  return settings.enabled && settings.kinds[SWITCH_OF[kind]] && !inQuietHours(settings, at);
}
