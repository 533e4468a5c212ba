import { z } from 'zod';
import { FORMALITIES, LANGUAGES } from './locale';
import { messageSettingsSchema, socialAccountsSchema } from './messages/message-settings';
import { configMonitorSchema } from './monitor';
import { notificationSettingsSchema, timeOfDaySchema as timeOfDay } from './notification-settings';
import { targetStringSchema } from './target';

export const maintenanceWindowSchema = z
  .object({
    /** Monitor names or ids; empty means every monitor. */
    monitors: z.array(z.string().max(100)).max(500).default([]),
    /** 0 = Sunday … 6 = Saturday; empty means every day. */
    days: z.array(z.number().int().min(0).max(6)).default([]),
    start: timeOfDay,
    end: timeOfDay,
  })
  .strict();

export const CONTACT_ROLES = [
  'hosting',
  'it_partner',
  'registrar',
  'internet_provider',
  'supplier',
  'team',
  'other',
] as const;

export const contactSchema = z
  .object({
    id: z.string().min(1).max(64),
    role: z.enum(CONTACT_ROLES),
    name: z.string().trim().min(1).max(100),
    phone: z.string().max(40).optional(),
    email: z.email().max(254).optional(),
    url: z
      .url({ protocol: /^https$/ })
      .max(2000)
      .optional(),
    notes: z.string().max(1000).optional(),
  })
  .strict();

export const businessProfileSchema = z
  .object({
    name: z.string().max(100).default(''),
    website: z.string().max(200).default(''),
    email: z.string().max(200).default(''),
    phone: z.string().max(40).default(''),
    /** How customers usually reach the business, used in customer messages. */
    socialHandles: z.array(z.string().max(100)).max(10).default([]),
    /** Where customers follow the news during a problem: a status page or a social account. */
    followUpdatesAt: z.string().trim().max(200).default(''),
    /** What customers can do meanwhile, e.g. "order by phone on 010-123 45 67". */
    workaround: z.string().trim().max(300).default(''),
    /** An apology or compensation line customer messages may carry. */
    apology: z.string().trim().max(300).default(''),
    socialAccounts: socialAccountsSchema.prefault({}),
  })
  .strict();

export const DEFAULT_CONNECTIVITY_TARGETS = ['tcp://1.1.1.1:53', 'tcp://8.8.8.8:53', 'tcp://9.9.9.9:53'];

export const settingsSchema = z
  .object({
    language: z.enum(LANGUAGES).default('en'),
    formality: z.enum(FORMALITIES).default('formal'),
    connectivity: z
      .object({
        targets: z.array(targetStringSchema).max(10).default(DEFAULT_CONNECTIVITY_TARGETS),
        includeGateway: z.boolean().default(true),
      })
      .strict()
      .default({ targets: DEFAULT_CONNECTIVITY_TARGETS, includeGateway: true }),
    checks: z
      .object({
        intervalSeconds: z.number().int().min(10).max(86_400).default(60),
        timeoutSeconds: z.number().min(1).max(120).default(10),
        /** Quick re-checks that must also fail before a monitor counts as down. */
        confirmRechecks: z.number().int().min(0).max(10).default(2),
        recheckDelaySeconds: z.number().min(1).max(300).default(5),
        /** Successes in a row before a down monitor counts as recovered. */
        recoveryThreshold: z.number().int().min(1).max(10).default(2),
        concurrency: z.number().int().min(1).max(64).default(8),
        resumeGraceSeconds: z.number().min(0).max(600).default(30),
      })
      .strict()
      .prefault({}),
    maintenanceWindows: z.array(maintenanceWindowSchema).max(50).default([]),
    notifications: notificationSettingsSchema.prefault({}),
    startAtLogin: z.boolean().default(false),
    business: businessProfileSchema.prefault({}),
    contacts: z.array(contactSchema).max(50).default([]),
    messages: messageSettingsSchema.prefault({}),
    /** First-run has been completed. */
    onboarded: z.boolean().default(false),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type MaintenanceWindow = z.infer<typeof maintenanceWindowSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

type SettingsShape = typeof settingsSchema.shape;
/**
 * A settings change carries only the fields it changes. `settingsSchema.partial()` cannot serve: zod 4
 * fills absent fields with their defaults, so changing the language would reset every other setting.
 */
export const settingsChangeSchema = z
  .object(
    Object.fromEntries(
      Object.entries(settingsSchema.shape).map(([key, field]) => [key, field.unwrap().optional()]),
    ) as { [K in keyof SettingsShape]: z.ZodOptional<ReturnType<SettingsShape[K]['unwrap']>> },
  )
  .strict();
export type SettingsChange = z.infer<typeof settingsChangeSchema>;

/** The `--config` file of `back-online watch`/`web`: the settings it sets plus the monitors to watch. */
export const configFileSchema = settingsChangeSchema.extend({
  monitors: z.array(configMonitorSchema).max(5000).default([]),
});
export type ConfigFile = z.infer<typeof configFileSchema>;
