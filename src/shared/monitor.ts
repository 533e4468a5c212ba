import { z } from 'zod';
import { targetStringSchema } from './target';

export const MIN_INTERVAL_SECONDS = 10;

/**
 * A monitor as the user configures it (settings, config file, API). Field names are shared by the
 * config file, the settings file and the API so one vocabulary serves all three.
 */
export const monitorInputSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    /** How customers call what this monitor watches ("our web shop", "card payments"), for messages. */
    publicName: z.string().trim().min(1).max(100).optional(),
    target: targetStringSchema,
    intervalSeconds: z.number().int().min(MIN_INTERVAL_SECONDS).max(86_400).optional(),
    timeoutSeconds: z.number().min(1).max(120).optional(),
    keyword: z.string().min(1).max(500).optional(),
    keywordAbsent: z.string().min(1).max(500).optional(),
    expectedStatus: z.array(z.number().int().min(100).max(599)).min(1).max(50).optional(),
    slowThresholdMs: z.number().int().min(100).max(120_000).optional(),
    maxRedirects: z.number().int().min(0).max(20).optional(),
    tlsWarnDays: z.number().int().min(0).max(365).optional(),
    minFreePercent: z.number().min(0).max(99).optional(),
    enabled: z.boolean().optional(),
  })
  .strict();

export type MonitorInput = z.infer<typeof monitorInputSchema>;

type MonitorShape = typeof monitorInputSchema.shape;
type ClearableKey = Exclude<
  { [K in keyof MonitorShape]: MonitorShape[K] extends z.ZodOptional ? K : never }[keyof MonitorShape],
  'enabled'
>;

/**
 * A change of a monitor: only the fields it changes. An optional field given as null is cleared (the
 * keyword removed, the interval back to the default); a field left out stays as it is. JSON has no
 * `undefined`, so without null a cleared field could never cross the IPC or HTTP bridge.
 */
export const monitorChangesSchema = z
  .object({
    ...monitorInputSchema.shape,
    ...(Object.fromEntries(
      Object.entries(monitorInputSchema.shape)
        .filter(([key, field]) => field instanceof z.ZodOptional && key !== 'enabled')
        .map(([key, field]) => [key, z.nullable((field as z.ZodOptional).unwrap()).optional()]),
    ) as { [K in ClearableKey]: z.ZodOptional<z.ZodNullable<ReturnType<MonitorShape[K]['unwrap']>>> }),
  })
  .partial()
  .strict();
export type MonitorChanges = z.infer<typeof monitorChangesSchema>;

export interface Monitor extends MonitorInput {
  id: string;
  enabled: boolean;
  createdAt: number;
}

/** A restart command is for something running on this machine: a program or a background service. */
const RESTARTABLE_TARGET = /^(process|service):\/\//i;

/**
 * A monitor as the `--config` file may describe it: the API's fields plus a restart command. The command
 * is only ever read from that file, which the owner edits on the machine itself; the API's schemas are
 * strict and reject it, so neither the window nor web mode can set what gets run.
 */
export const configMonitorSchema = monitorInputSchema
  .extend({
    /** Program and arguments, run without a shell, e.g. ["systemctl", "restart", "kassa"]. */
    restartCommand: z.array(z.string().min(1).max(1000)).min(1).max(50).optional(),
    restartTimeoutSeconds: z.number().int().min(1).max(600).optional(),
  })
  .refine((monitor) => monitor.restartCommand === undefined || RESTARTABLE_TARGET.test(monitor.target), {
    message: 'restart_command_local_only',
    path: ['restartCommand'],
  });
export type ConfigMonitor = z.infer<typeof configMonitorSchema>;

/** The changes as the store applies them: a field set to undefined is cleared, one left out is kept. */
export function withoutNulls(changes: MonitorChanges): Partial<MonitorInput> {
  return Object.fromEntries(
    Object.entries(changes).map(([key, value]) => [key, value === null ? undefined : value]),
  ) as Partial<MonitorInput>;
}
