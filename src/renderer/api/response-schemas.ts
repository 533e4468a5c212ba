import { z } from 'zod';
import { API_ERROR_CODES } from '../../shared/api-contract';
import { OVERALL_STATUSES } from '../../shared/app-state';
import { STORAGE_PROBLEMS } from '../../shared/storage-problem';
import { FORMALITIES, LANGUAGES } from '../../shared/locale';

/**
 * What crosses the wire from web mode is checked at the edge. Values are the app's own types, so only the
 * envelope is checked in full; an answer that does not fit counts as no answer.
 */
export const apiResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      issues: z.array(z.object({ path: z.string(), code: z.string() })).optional(),
      storage: z.object({ problem: z.enum(STORAGE_PROBLEMS), path: z.string().max(4096) }).optional(),
    }),
  }),
]);

/** Enough of AppState that the window can draw it without tripping over a missing part. */
export const appStateSchema = z.looseObject({
  overall: z.enum(OVERALL_STATUSES),
  counts: z.record(z.string(), z.number()),
  monitors: z.array(z.looseObject({ monitor: z.looseObject({ id: z.string(), name: z.string() }) })),
  openIncidents: z.array(z.looseObject({ id: z.string() })),
  offline: z.boolean(),
  snoozedUntil: z.number().nullable(),
  locale: z.object({ language: z.enum(LANGUAGES), formality: z.enum(FORMALITIES) }),
  generatedAt: z.number(),
});
