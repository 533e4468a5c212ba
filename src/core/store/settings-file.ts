import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { z } from 'zod';
import type { Settings, SettingsInput } from '../../shared/settings';
import { DEFAULT_SETTINGS, settingsSchema } from '../../shared/settings';
import type { StartupNotice } from '../service-contract';
import { moveAside } from './move-aside';

export interface LoadedSettings {
  settings: Settings;
  notices: StartupNotice[];
  /**
   * Keys the schema does not know (a newer version's, or a typo), as dotted paths. They were skipped and
   * the rest of the file used; the file itself is left as it is until the next save.
   */
  ignoredKeys: string[];
}

export interface LoadSettingsOptions {
  /** Stamps the name a corrupt file is moved to. */
  now?: () => number;
}

/**
 * Reads the settings file. Missing: defaults, nothing written. Not JSON, or a value the schema rejects:
 * the file is renamed to `settings.json.corrupt-<timestamp>` (never deleted, so nothing the owner typed
 * is lost), defaults are used and a notice says where the file went. Unknown keys alone do not condemn
 * the file: throwing away a whole valid configuration because a newer version added a field would hurt
 * more than skipping that field, so they are stripped and reported in `ignoredKeys`.
 */
export function loadSettings(path: string, options: LoadSettingsOptions = {}): LoadedSettings {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaults([]);
    throw error;
  }
  const parsed = parseSettingsText(text);
  if (parsed) return { settings: parsed.settings, notices: [], ignoredKeys: parsed.ignoredKeys };
  const movedTo = moveAside(path, (options.now ?? Date.now)());
  return defaults([{ code: 'settings_corrupt_moved', path: movedTo }]);
}

function defaults(notices: StartupNotice[]): LoadedSettings {
  return { settings: structuredClone(DEFAULT_SETTINGS), notices, ignoredKeys: [] };
}

function parseSettingsText(text: string): { settings: Settings; ignoredKeys: string[] } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const ignoredKeys: string[] = [];
  let result = settingsSchema.safeParse(raw);
  while (!result.success) {
    const stripped = stripUnknownKeys(raw, result.error.issues);
    if (stripped.length === 0) return null;
    ignoredKeys.push(...stripped);
    result = settingsSchema.safeParse(raw);
  }
  return { settings: result.data, ignoredKeys };
}

/** Deletes the keys named by `unrecognized_keys` issues; nothing when any other issue is present. */
function stripUnknownKeys(raw: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  if (!issues.every((issue) => issue.code === 'unrecognized_keys')) return [];
  const stripped: string[] = [];
  for (const issue of issues as z.core.$ZodIssueUnrecognizedKeys[]) {
    const owner = valueAt(raw, issue.path) as Record<string, unknown>;
    for (const key of issue.keys) {
      if (!Object.hasOwn(owner, key)) continue;
      delete owner[key];
      stripped.push([...issue.path, key].map(String).join('.'));
    }
  }
  return stripped;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown>)[key], root);
}

const saveQueues = new Map<string, Promise<unknown>>();

/**
 * Validates and writes the settings atomically: a temp file in the same folder is written and fsynced,
 * renamed over the old file, then the folder is fsynced so the rename itself survives a power cut.
 * Saves to one path run one after another in call order, never interleaved. Resolves with what was
 * written (defaults filled in).
 */
export async function saveSettings(path: string, settings: SettingsInput): Promise<Settings> {
  const validated = settingsSchema.parse(settings);
  const target = resolve(path);
  const previous = saveQueues.get(target) ?? Promise.resolve();
  const saving = previous.catch(() => undefined).then(() => writeAtomically(target, validated));
  saveQueues.set(target, saving);
  try {
    await saving;
    return validated;
  } finally {
    if (saveQueues.get(target) === saving) saveQueues.delete(target);
  }
}

async function writeAtomically(path: string, settings: Settings): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = `${path}.${randomUUID()}.tmp`;
  try {
    const file = await open(temp, 'wx', 0o600);
    try {
      await file.writeFile(`${JSON.stringify(settings, null, 2)}\n`, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** Windows cannot open a folder for fsync (and NTFS journals the rename); elsewhere it is required. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
