import { afterEach, describe, expect, it } from 'vitest';
import { notificationSettingsSchema } from '../../shared/notification-settings';
import type { NotificationIntent } from '../service-contract';
import { FAKE_CLOCK_START } from '../../../test/support/fake-clock';
import { guideServiceWorld } from '../../../test/support/guide-service';
import { pinTimeZone } from '../../../test/support/time-zone';
import { inQuietHours, notificationWanted } from './notification-policy';

pinTimeZone('Europe/Amsterdam');

/** 28 November 2026 at this local (Amsterdam, UTC+1) time. */
const localTime = (hours: number, minutes = 0) => Date.UTC(2026, 10, 28, hours - 1, minutes);
const settings = (input: unknown) => notificationSettingsSchema.parse(input);

describe('which notifications the owner wants', () => {
  it('lets everything through by default, day and night', () => {
    for (const kind of [
      'down',
      'offline',
      'recovered',
      'online',
      'certificate_expiring',
      'update_due',
    ] as const)
      expect(notificationWanted(kind, settings({}), localTime(3))).toBe(true);
  });

  it('holds back only the kinds switched off; offline goes with down and online with recovered', () => {
    const noDown = settings({ kinds: { down: false } });
    expect(notificationWanted('down', noDown, localTime(10))).toBe(false);
    expect(notificationWanted('offline', noDown, localTime(10))).toBe(false);
    expect(notificationWanted('recovered', noDown, localTime(10))).toBe(true);
    const noRecovered = settings({ kinds: { recovered: false, update_due: false } });
    expect(notificationWanted('online', noRecovered, localTime(10))).toBe(false);
    expect(notificationWanted('update_due', noRecovered, localTime(10))).toBe(false);
    expect(notificationWanted('certificate_expiring', noRecovered, localTime(10))).toBe(true);
  });

  it('keeps quiet hours across midnight, in local time, and nothing when they are off', () => {
    const night = settings({ quietHours: { enabled: true, start: '22:00', end: '07:00' } });
    expect(inQuietHours(night, localTime(21, 59))).toBe(false);
    expect(inQuietHours(night, localTime(22))).toBe(true);
    expect(inQuietHours(night, localTime(3))).toBe(true);
    expect(inQuietHours(night, localTime(7))).toBe(false);
    expect(notificationWanted('down', night, localTime(23, 30))).toBe(false);
    expect(notificationWanted('down', night, localTime(12))).toBe(true);
    const lunch = settings({ quietHours: { enabled: true, start: '12:00', end: '13:00' } });
    expect(inQuietHours(lunch, localTime(12, 30))).toBe(true);
    expect(inQuietHours(lunch, localTime(13, 30))).toBe(false);
    expect(inQuietHours(settings({ quietHours: { start: '00:00', end: '23:59' } }), localTime(12))).toBe(
      false,
    );
    expect(
      inQuietHours(settings({ quietHours: { enabled: true, start: '08:00', end: '08:00' } }), localTime(8)),
    ).toBe(false);
  });

  it('with everything off, nothing at all', () => {
    expect(notificationWanted('down', settings({ enabled: false }), localTime(10))).toBe(false);
  });
});

describe('the service honours the notification settings', () => {
  const world = guideServiceWorld();
  afterEach(() => world.cleanUp());

  it('sends no down notification when down is switched off, yet the recovery one', async () => {
    const { service, call, openIncident, idOf } = await world.start([
      { name: 'Webshop', target: 'https://shop.example.nl' },
    ]);
    await call('settings.set', { notifications: settings({ kinds: { down: false } }) });
    const sent: NotificationIntent['kind'][] = [];
    service.onNotification((notification) => sent.push(notification.kind));
    await openIncident('Webshop');
    expect(service.getState().openIncidents).toHaveLength(1);
    world.checks.set(idOf('Webshop'), 'up');
    await world.clock.advance(31_000);
    expect(service.getState().overall).toBe('ok');
    expect(sent).toEqual(['recovered']);
  });

  it('stays quiet during quiet hours and speaks again after them', async () => {
    // The fake clock starts at 10:00 in Amsterdam: quiet from 09:30 to 10:30.
    expect(new Date(FAKE_CLOCK_START).getHours()).toBe(10);
    const { service, call, openIncident, idOf } = await world.start([
      { name: 'Webshop', target: 'https://shop.example.nl' },
    ]);
    await call('settings.set', {
      notifications: settings({ quietHours: { enabled: true, start: '09:30', end: '10:30' } }),
    });
    const sent: NotificationIntent['kind'][] = [];
    service.onNotification((notification) => sent.push(notification.kind));
    await openIncident('Webshop');
    expect(service.getState().openIncidents).toHaveLength(1);
    expect(sent).toEqual([]);
    await world.clock.advance(31 * 60_000);
    world.checks.set(idOf('Webshop'), 'up');
    await world.clock.advance(31_000);
    expect(service.getState().overall).toBe('ok');
    // The down notification was held back, not queued; once quiet hours end the reminder and recovery come.
    expect(sent).toEqual(['update_due', 'recovered']);
  });
});
