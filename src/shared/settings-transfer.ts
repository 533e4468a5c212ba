import { z } from 'zod';
import type { Monitor, MonitorInput } from './monitor';
import { monitorInputSchema } from './monitor';
import type { Settings } from './settings';
import { settingsSchema } from './settings';
import type { ImportRefusal } from './i18n/settings-screen';

/** Names the file as ours, so a random JSON file is refused as "not made by Back Online", not as broken. */
export const EXPORT_FORMAT = 'back-online-settings';
/** Real settings with a few hundred monitors stay far below this; more is no settings file. */
export const MAX_IMPORT_BYTES = 1_000_000;

const exportedMonitorSchema = monitorInputSchema.extend({ enabled: z.boolean() }).strict();
type ExportedMonitor = z.infer<typeof exportedMonitorSchema>;

export const exportFileSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(1),
    settings: settingsSchema,
    monitors: z.array(exportedMonitorSchema).max(5000),
  })
  .strict();
export type ExportFile = z.infer<typeof exportFileSchema>;

const MONITOR_INPUT_KEYS = Object.keys(monitorInputSchema.shape) as (keyof MonitorInput)[];

function exportedMonitor(monitor: Monitor): ExportedMonitor {
  const entries = MONITOR_INPUT_KEYS.flatMap((key) =>
    monitor[key] === undefined ? [] : [[key, monitor[key]]],
  );
  return { ...(Object.fromEntries(entries) as MonitorInput), enabled: monitor.enabled };
}

/** The settings and monitors as a JSON file, ids left out: they belong to this computer's database. */
export function exportSettings(settings: Settings, monitors: readonly Monitor[]): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: 1,
    settings,
    monitors: monitors.map(exportedMonitor),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportReading =
  { ok: true; file: ExportFile } | { ok: false; refusal: ImportRefusal; issue?: z.core.$ZodIssue };

/** Reads an untrusted file: size first, then JSON, then our format, then every field by the app's schemas. */
export function readImport(text: string): ImportReading {
  if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) return { ok: false, refusal: 'too_large' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, refusal: 'not_json' };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT)
    return { ok: false, refusal: 'not_back_online' };
  const parsed = exportFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, refusal: 'invalid', issue: parsed.error.issues[0] };
  return { ok: true, file: parsed.data };
}

/** What applying a file would do, matched by monitor name as the config file is. */
export interface ImportPlan {
  settings: Settings;
  changedSettings: (keyof Settings)[];
  add: ExportedMonitor[];
  change: { id: string; name: string; monitor: ExportedMonitor }[];
  remove: { id: string; name: string }[];
}

/** Key order says nothing about a setting, so objects compare with their keys sorted. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

export function planImport(file: ExportFile, settings: Settings, monitors: readonly Monitor[]): ImportPlan {
  const byName = new Map(monitors.map((monitor) => [monitor.name, monitor]));
  const incoming = new Set(file.monitors.map((monitor) => monitor.name));
  const plan: ImportPlan = {
    settings: file.settings,
    changedSettings: (Object.keys(file.settings) as (keyof Settings)[]).filter(
      (key) => !same(file.settings[key], settings[key]),
    ),
    add: [],
    change: [],
    remove: monitors.filter((monitor) => !incoming.has(monitor.name)).map(({ id, name }) => ({ id, name })),
  };
  for (const monitor of file.monitors) {
    const existing = byName.get(monitor.name);
    if (!existing) plan.add.push(monitor);
    else if (!same(exportedMonitor(existing), monitor))
      plan.change.push({ id: existing.id, name: existing.name, monitor });
  }
  return plan;
}

export function planIsEmpty(plan: ImportPlan): boolean {
  return plan.changedSettings.length + plan.add.length + plan.change.length + plan.remove.length === 0;
}
