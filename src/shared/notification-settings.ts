import { z } from 'zod';

/** Local time written the way owners write it: 09:00, 17:30. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time_of_day');

/** The notifications an owner can switch off one by one; going offline counts as down, back online as recovered. */
export const NOTIFICATION_KINDS = ['down', 'recovered', 'certificate_expiring', 'update_due'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

const kindSwitch = z.boolean().default(true);

export const notificationSettingsSchema = z
  .object({
    /** The master switch: off means no desktop notification at all; the tray icon still tells. */
    enabled: z.boolean().default(true),
    kinds: z
      .object({
        down: kindSwitch,
        recovered: kindSwitch,
        certificate_expiring: kindSwitch,
        update_due: kindSwitch,
      })
      .strict()
      .prefault({}),
    /** A nightly stretch without notifications; a start after the end crosses midnight. */
    quietHours: z
      .object({
        enabled: z.boolean().default(false),
        start: timeOfDaySchema.default('22:00'),
        end: timeOfDaySchema.default('07:00'),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
