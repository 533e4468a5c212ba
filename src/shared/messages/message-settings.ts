import { z } from 'zod';
import { MESSAGE_CHANNELS } from './channels';
import { MESSAGE_PHASES, MESSAGE_VOICES, isMessageVariable, placeholdersOf } from './message-types';
import { CAUSE_GROUPS } from './public-descriptions';

/** Incident-communication practice: an update every 20 to 60 minutes; 30 unless the owner chooses. */
export const DEFAULT_CADENCE_MINUTES = 30;

/** Where customers find the owner on each network; the composer opens Mastodon on this server. */
export const socialAccountsSchema = z
  .object({
    x: z.string().trim().max(100).default(''),
    facebook: z.string().trim().max(100).default(''),
    instagram: z.string().trim().max(100).default(''),
    linkedin: z.string().trim().max(100).default(''),
    bluesky: z.string().trim().max(100).default(''),
    mastodon: z.string().trim().max(100).default(''),
    whatsapp: z.string().trim().max(100).default(''),
  })
  .strict();

/** A text the owner writes may only name facts Back Online knows; anything else would stay as `{…}`. */
const templateText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => placeholdersOf(text).every(isMessageVariable), 'unknown_placeholder');

/** The owner's own wording of one template, used instead of Back Online's until reset. */
export const templateOverrideSchema = z
  .object({
    channel: z.enum(MESSAGE_CHANNELS),
    phase: z.enum(MESSAGE_PHASES),
    voice: z.enum(MESSAGE_VOICES),
    subject: templateText(200).optional(),
    text: templateText(5000).refine((text) => text.trim() !== '', 'empty_text'),
  })
  .strict();
export type TemplateOverride = z.infer<typeof templateOverrideSchema>;

const descriptionsSchema = z.partialRecord(z.enum(CAUSE_GROUPS), z.string().trim().min(1).max(200));

export const messageSettingsSchema = z
  .object({
    /** Minutes between customer updates while a problem lasts. */
    cadenceMinutes: z.number().int().min(5).max(240).default(DEFAULT_CADENCE_MINUTES),
    templates: z
      .array(templateOverrideSchema)
      .max(500)
      .default([])
      .refine(
        (overrides) =>
          new Set(overrides.map((entry) => `${entry.channel}/${entry.phase}/${entry.voice}`)).size ===
          overrides.length,
        'duplicate_template',
      ),
    /** The owner's words for a cause group, per language; Back Online's description where absent. */
    publicDescriptions: z
      .object({ en: descriptionsSchema.default({}), nl: descriptionsSchema.default({}) })
      .strict()
      .prefault({}),
  })
  .strict();
export type MessageSettings = z.infer<typeof messageSettingsSchema>;
export type SocialAccounts = z.infer<typeof socialAccountsSchema>;
