import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../shared/settings';
import { DEFAULT_SETTINGS, settingsSchema } from '../../shared/settings';
import { loadSettings, saveSettings } from './settings-file';
import { TempStore } from './store-test-helpers';

const store = new TempStore();
afterEach(() => store.cleanUp());

const NOW = Date.UTC(2026, 10, 28, 9, 30, 15, 250);
const MOVED_SUFFIX = '.corrupt-2026-11-28T09-30-15-250Z';

function settingsPath(): string {
  return join(store.folder(), 'settings.json');
}

describe('loadSettings', () => {
  it('gives defaults for a missing file and writes nothing', () => {
    const folder = store.folder();
    const loaded = loadSettings(join(folder, 'settings.json'));
    expect(loaded).toEqual({ settings: DEFAULT_SETTINGS, notices: [], ignoredKeys: [] });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reads a valid file and fills in defaults for what it leaves out', () => {
    const path = settingsPath();
    writeFileSync(
      path,
      JSON.stringify({ language: 'nl', formality: 'informal', checks: { intervalSeconds: 30 } }),
    );
    const { settings, notices } = loadSettings(path);
    expect(notices).toEqual([]);
    expect(settings.language).toBe('nl');
    expect(settings.checks).toEqual({ ...DEFAULT_SETTINGS.checks, intervalSeconds: 30 });
  });

  it('moves a file that is not JSON aside with a timestamped name, keeps its content, uses defaults', () => {
    const path = settingsPath();
    const broken = '{"language": "nl", "formality": ';
    writeFileSync(path, broken);
    const loaded = loadSettings(path, { now: () => NOW });
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notices).toEqual([{ code: 'settings_corrupt_moved', path: path + MOVED_SUFFIX }]);
    expect(existsSync(path)).toBe(false);
    expect(readFileSync(path + MOVED_SUFFIX, 'utf8')).toBe(broken);
  });

  it('moves a file the schema rejects aside the same way', () => {
    const path = settingsPath();
    const invalid = JSON.stringify({ language: 'fr', checks: { intervalSeconds: 1 } });
    writeFileSync(path, invalid);
    const loaded = loadSettings(path, { now: () => NOW });
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
    expect(loaded.notices).toEqual([{ code: 'settings_corrupt_moved', path: path + MOVED_SUFFIX }]);
    expect(readFileSync(path + MOVED_SUFFIX, 'utf8')).toBe(invalid);
  });

  it('never overwrites an earlier corrupt copy with the same timestamp', () => {
    const path = settingsPath();
    writeFileSync(path, 'first');
    loadSettings(path, { now: () => NOW });
    writeFileSync(path, 'second');
    const loaded = loadSettings(path, { now: () => NOW });
    expect(loaded.notices[0]?.path).toBe(`${path}${MOVED_SUFFIX}-1`);
    expect(readFileSync(path + MOVED_SUFFIX, 'utf8')).toBe('first');
    expect(readFileSync(`${path}${MOVED_SUFFIX}-1`, 'utf8')).toBe('second');
  });

  it('skips unknown keys (a newer version, a typo) but keeps the rest, leaving the file as it is', () => {
    const path = settingsPath();
    const text = JSON.stringify({
      language: 'nl',
      darkMode: true,
      checks: { intervalSeconds: 45, turbo: 'yes' },
      contacts: [{ id: 'c1', role: 'hosting', name: 'Hostnet', pager: '123' }],
    });
    writeFileSync(path, text);
    const loaded = loadSettings(path);
    expect(loaded.notices).toEqual([]);
    expect(loaded.ignoredKeys.sort()).toEqual(['checks.turbo', 'contacts.0.pager', 'darkMode']);
    expect(loaded.settings.language).toBe('nl');
    expect(loaded.settings.checks.intervalSeconds).toBe(45);
    expect(loaded.settings.contacts).toEqual([{ id: 'c1', role: 'hosting', name: 'Hostnet' }]);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('still moves the file aside when unknown keys come with an invalid value', () => {
    const path = settingsPath();
    writeFileSync(path, JSON.stringify({ darkMode: true, language: 'fr' }));
    const loaded = loadSettings(path, { now: () => NOW });
    expect(loaded.notices).toHaveLength(1);
    expect(loaded.ignoredKeys).toEqual([]);
  });

  it('accepts a file saved with a byte-order mark', () => {
    const path = settingsPath();
    writeFileSync(path, `\uFEFF${JSON.stringify({ language: 'nl' })}`);
    expect(loadSettings(path).settings.language).toBe('nl');
  });
});

describe('saveSettings', () => {
  const changed = (language: 'en' | 'nl', intervalSeconds: number): Settings => ({
    ...DEFAULT_SETTINGS,
    language,
    checks: { ...DEFAULT_SETTINGS.checks, intervalSeconds },
  });

  it('writes valid settings that load back, leaving no temp file', async () => {
    const folder = store.folder();
    const path = join(folder, 'nested', 'settings.json');
    const written = await saveSettings(path, changed('nl', 120));
    expect(written).toEqual(changed('nl', 120));
    expect(readdirSync(join(folder, 'nested'))).toEqual(['settings.json']);
    expect(settingsSchema.parse(JSON.parse(readFileSync(path, 'utf8')))).toEqual(changed('nl', 120));
    expect(loadSettings(path)).toEqual({ settings: changed('nl', 120), notices: [], ignoredKeys: [] });
  });

  it('refuses invalid settings and leaves the existing file alone', async () => {
    const path = settingsPath();
    await saveSettings(path, changed('nl', 120));
    const before = readFileSync(path, 'utf8');
    await expect(
      saveSettings(path, { ...changed('nl', 120), language: 'fr' } as unknown as Settings),
    ).rejects.toThrow();
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readdirSync(join(path, '..'))).toEqual(['settings.json']);
  });

  it('serializes concurrent saves: the last call wins and every save sees a whole file', async () => {
    const path = settingsPath();
    const seen: string[] = [];
    const reader = setInterval(() => {
      if (existsSync(path)) seen.push(readFileSync(path, 'utf8'));
    }, 1);
    try {
      for (let round = 0; round < 3; round += 1) {
        const last = 10 + round * 100 + 39;
        const saves = Array.from({ length: 40 }, (_, i) =>
          saveSettings(path, changed(i % 2 ? 'nl' : 'en', 10 + round * 100 + i)),
        );
        await Promise.all(saves);
        expect(loadSettings(path).settings).toEqual(changed('nl', last));
      }
    } finally {
      clearInterval(reader);
    }
    for (const text of seen) expect(settingsSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(readdirSync(join(path, '..'))).toEqual(['settings.json']);
  });

  it.skipIf(process.platform === 'win32')('keeps the file private to the user', async () => {
    const path = settingsPath();
    await saveSettings(path, DEFAULT_SETTINGS);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });
});
