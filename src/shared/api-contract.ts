import { z } from 'zod';
import type { AppState } from './app-state';
import type { CheckPreview } from './check-preview';
import { checkPreviewRequestSchema } from './check-preview';
import { DIAGNOSIS_CONTACT_ROLES } from './diagnosis';
import { FIX_STEP_IDS } from './guide/fix-guides/fix-step-ids';
import { SUPPORT_REQUEST_WAYS } from './guide/guide-events';
import type { GuideView } from './guide/guide-view';
import {
  ACTION_ITEMS_MAX,
  actionItemSchema,
  FIX_OUTCOMES,
  reviewAnswersSchema,
} from './guide/guide-progress';
import type { VerificationRun } from './guide/guide-progress';
import { GUIDE_CHECKLIST_ITEMS, GUIDE_STEPS } from './guide/guide-steps';
import type { RestartOutcome } from './guide/restart-outcome';
import type { Incident, IncidentSummary } from './incident';
import { INCIDENT_PHASES, USER_EVENT_TYPES } from './incident';
import { MESSAGE_CHANNELS } from './messages/channels';
import type { MessageLogEntry } from './messages/message-log';
import { MESSAGE_PHASES, MESSAGE_VOICES } from './messages/message-types';
import type { Monitor } from './monitor';
import { monitorChangesSchema, monitorInputSchema } from './monitor';
import type { Settings } from './settings';
import { settingsChangeSchema } from './settings';
import type { StorageFailure } from './storage-problem';
import type { InstallUpdateOutcome, UpdateStatus } from './update-status';

const id = z.string().min(1).max(64);
const empty = z.object({}).strict();

export const SNOOZE_DURATIONS = ['15m', '1h', '4h', 'tomorrow'] as const;
export type SnoozeDuration = (typeof SNOOZE_DURATIONS)[number];

export const HISTORY_RANGES = ['24h', '7d', '30d', '90d'] as const;
export type HistoryRange = (typeof HISTORY_RANGES)[number];

/** Every request the window may make, with the schema main and web mode validate it against. */
export const apiRequestSchemas = {
  'state.get': empty,
  'checks.runNow': z.object({ monitorId: id.optional() }).strict(),
  'checks.preview': checkPreviewRequestSchema,
  'monitoring.snooze': z.object({ duration: z.enum(SNOOZE_DURATIONS) }).strict(),
  'monitoring.resume': empty,
  'incidents.list': z
    .object({ includeResolved: z.boolean().optional(), limit: z.number().int().min(1).max(500).optional() })
    .strict(),
  'incidents.get': z.object({ id }).strict(),
  'incidents.setPhase': z.object({ id, phase: z.enum(INCIDENT_PHASES) }).strict(),
  'incidents.addEvent': z
    .object({ id, type: z.enum(USER_EVENT_TYPES), text: z.string().trim().min(1).max(5000) })
    .strict(),
  'incidents.resolve': z.object({ id, note: z.string().max(5000).optional() }).strict(),
  'monitors.list': empty,
  'monitors.create': monitorInputSchema,
  'monitors.update': z.object({ id, changes: monitorChangesSchema }).strict(),
  'monitors.delete': z.object({ id }).strict(),
  'monitors.history': z.object({ id, range: z.enum(HISTORY_RANGES) }).strict(),
  /** Uptime per calendar month, newest first, as far back as history is kept. */
  'monitors.uptimeByMonth': z.object({ id }).strict(),
  'settings.get': empty,
  'settings.set': settingsChangeSchema,
  'app.openExternal': z.object({ url: z.string().max(2000) }).strict(),
  /** The log's last lines, for the support request the owner sends their IT partner. */
  'logs.tail': z.object({ lines: z.number().int().min(1).max(500).optional() }).strict(),
  /** Shows the log file in the desktop's file manager; web mode answers unavailable. */
  'app.openLog': empty,
  /**
   * Saves the window as it prints (print.css) as a PDF where the owner chooses, starting from this name;
   * the desktop only: web mode answers unavailable and the window prints with the browser's own dialog.
   */
  'app.savePdf': z.object({ fileName: z.string().regex(/^[\w.-]{1,120}\.pdf$/) }).strict(),
  /** Where the desktop app's own update stands; web mode has no updater and answers unavailable. */
  'app.updateStatus': empty,
  /** "Restart to update": restarts into the downloaded update, asking first while a problem is open. */
  'app.installUpdate': empty,
  /** Shows the data folder in the desktop's file manager; web mode answers unavailable. */
  'app.openDataFolder': empty,
  /** What only the desktop app can do, so the window offers it there and hides it in a browser. */
  'app.desktopFeatures': empty,
  /** Deletes the measurements and every resolved incident; open incidents are kept. */
  'history.clear': empty,
  /** The programs and services running on the owner's computer (web mode runs there too), to pick from. */
  'system.localThings': empty,
  'guide.get': z.object({ incidentId: id }).strict(),
  'guide.setStep': z.object({ incidentId: id, step: z.enum(GUIDE_STEPS) }).strict(),
  'guide.setChecklistItem': z
    .object({
      incidentId: id,
      item: z.enum(GUIDE_CHECKLIST_ITEMS),
      done: z.boolean(),
      /** What the team said changed today; goes into the timeline as a note. */
      note: z.string().trim().max(5000).optional(),
    })
    .strict(),
  'guide.recordFix': z
    .object({ incidentId: id, fixId: z.enum(FIX_STEP_IDS), outcome: z.enum(FIX_OUTCOMES) })
    .strict(),
  /** The owner passed the prepared support request on; the timeline keeps to whom and how. */
  'guide.supportRequestShared': z
    .object({ incidentId: id, role: z.enum(DIAGNOSIS_CONTACT_ROLES), way: z.enum(SUPPORT_REQUEST_WAYS) })
    .strict(),
  /** Checks every monitor live; with an incident, the results are kept as that incident's verification. */
  'guide.checkEverything': z.object({ incidentId: id.optional() }).strict(),
  /** Runs the monitor's restart command from the config file; the window names only the monitor. */
  'guide.restart': z.object({ monitorId: id }).strict(),
  /** Resolves when the last verification passed; otherwise only with the owner's reason. */
  'guide.resolve': z
    .object({ incidentId: id, reason: z.string().trim().min(1).max(5000).optional() })
    .strict(),
  'guide.saveReview': z
    .object({
      incidentId: id,
      answers: reviewAnswersSchema,
      actionItems: z.array(actionItemSchema).max(ACTION_ITEMS_MAX),
    })
    .strict(),
  'messages.log': z.object({ incidentId: id }).strict(),
  'messages.markSent': z
    .object({
      incidentId: id,
      channel: z.enum(MESSAGE_CHANNELS),
      phase: z.enum(MESSAGE_PHASES),
      voice: z.enum(MESSAGE_VOICES),
      text: z.string().trim().min(1).max(5000),
      /** Posted from the owner's phone, after scanning the message's QR code. */
      fromPhone: z.literal(true).optional(),
    })
    .strict(),
  'messages.copied': z
    .object({
      incidentId: id,
      channel: z.enum(MESSAGE_CHANNELS),
      phase: z.enum(MESSAGE_PHASES),
      /** Handed to the phone as a QR code rather than to the clipboard. */
      fromPhone: z.literal(true).optional(),
    })
    .strict(),
} as const;

export type ApiChannel = keyof typeof apiRequestSchemas;
export const API_CHANNELS = Object.keys(apiRequestSchemas) as ApiChannel[];

export interface HistoryPoint {
  at: number;
  /** Median response time in that bucket, null when no check answered. */
  responseMs: number | null;
  /** 95th percentile of the response times in that bucket: how slow the slow moments were. */
  p95Ms: number | null;
  up: number;
  total: number;
}

export interface MonitorHistory {
  monitorId: string;
  range: HistoryRange;
  points: HistoryPoint[];
  /** Share of checks up in the range, 0–1; null without checks. */
  uptime: number | null;
  responseMs: { p50: number | null; p95: number | null; p99: number | null };
}

export interface MonthUptime {
  /** `2026-11`: the month on the machine's own calendar. */
  month: string;
  /** Share of known checks up, 0–1. */
  uptime: number;
}

/** What runs on the owner's computer, by name; null where the computer cannot tell. */
export interface LocalThings {
  processes: string[] | null;
  services: string[] | null;
}

/** Switches and buttons of the desktop app; web mode has none of them. */
export interface DesktopFeatures {
  startAtLogin: boolean;
  openDataFolder: boolean;
  openLog: boolean;
}

/** What each channel answers when it succeeds. */
export interface ApiResponses {
  'state.get': AppState;
  'checks.runNow': AppState;
  'checks.preview': CheckPreview;
  'monitoring.snooze': AppState;
  'monitoring.resume': AppState;
  'incidents.list': IncidentSummary[];
  'incidents.get': Incident;
  'incidents.setPhase': Incident;
  'incidents.addEvent': Incident;
  'incidents.resolve': Incident;
  'monitors.list': Monitor[];
  'monitors.create': Monitor;
  'monitors.update': Monitor;
  'monitors.delete': null;
  'monitors.history': MonitorHistory;
  'monitors.uptimeByMonth': MonthUptime[];
  'settings.get': Settings;
  'settings.set': Settings;
  'app.openExternal': null;
  'logs.tail': { lines: string[] };
  'app.openLog': null;
  'app.savePdf': { saved: boolean };
  'app.updateStatus': UpdateStatus;
  'app.installUpdate': { outcome: InstallUpdateOutcome };
  'app.openDataFolder': null;
  'app.desktopFeatures': DesktopFeatures;
  'history.clear': { removedIncidents: number };
  'system.localThings': LocalThings;
  'guide.get': GuideView;
  'guide.setStep': GuideView;
  'guide.setChecklistItem': GuideView;
  'guide.recordFix': GuideView;
  'guide.supportRequestShared': GuideView;
  'guide.checkEverything': VerificationRun;
  'guide.restart': RestartOutcome;
  'guide.resolve': GuideView;
  'guide.saveReview': GuideView;
  'messages.log': MessageLogEntry[];
  'messages.markSent': Incident;
  'messages.copied': Incident;
}

/** Errors are codes the window translates; never an exception message. */
export const API_ERROR_CODES = [
  'invalid_request',
  'unknown_channel',
  'untrusted_sender',
  'not_found',
  'not_allowed',
  'storage_failed',
  'unavailable',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  code: ApiErrorCode;
  /** For invalid_request: which fields were wrong and the zod issue code of each. */
  issues?: { path: string; code: string }[];
  /** For storage_failed: which file or folder, and why, so the owner can be told what to do. */
  storage?: StorageFailure;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type ApiRequest<C extends ApiChannel> = z.input<(typeof apiRequestSchemas)[C]>;
export type ApiParsedRequest<C extends ApiChannel> = z.output<(typeof apiRequestSchemas)[C]>;

/** The window's whole view of the app: one function per channel plus the state and update subscriptions. */
export type BackOnlineApi = {
  [C in ApiChannel]: (request: ApiRequest<C>) => Promise<ApiResult<ApiResponses[C]>>;
} & {
  onStateChanged(listener: (state: AppState) => void): () => void;
  /** The desktop tells the window when its update moves on (ready to install); web mode never does. */
  onUpdateChanged(listener: (status: UpdateStatus) => void): () => void;
};

/** The server side of the contract, implemented once by the core service. */
export interface ApiHandler {
  handle<C extends ApiChannel>(channel: C, request: ApiParsedRequest<C>): Promise<ApiResult<ApiResponses[C]>>;
  subscribe(listener: (state: AppState) => void): () => void;
}

/** Validates an untrusted payload for a channel; both IPC and web mode go through here. */
export function parseApiRequest(
  channel: string,
  payload: unknown,
): { ok: true; channel: ApiChannel; request: unknown } | { ok: false; error: ApiError } {
  if (!Object.hasOwn(apiRequestSchemas, channel)) return { ok: false, error: { code: 'unknown_channel' } };
  const schema = apiRequestSchemas[channel as ApiChannel];
  const parsed = schema.safeParse(payload ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid_request',
        issues: parsed.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          code: issue.code === 'custom' ? issue.message : issue.code,
        })),
      },
    };
  }
  return { ok: true, channel: channel as ApiChannel, request: parsed.data };
}
