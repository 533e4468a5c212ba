import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { describeFieldIssues } from './field-issues';
import { fieldErrorTexts } from './i18n/field-errors';
import { pickCatalog } from './i18n/interpolate';
import { monitorInputSchema } from './monitor';
import { settingsSchema } from './settings';

const en = pickCatalog(fieldErrorTexts, { language: 'en', formality: 'formal' });
const nl = pickCatalog(fieldErrorTexts, { language: 'nl', formality: 'formal' });
const je = pickCatalog(fieldErrorTexts, { language: 'nl', formality: 'informal' });

const MONITOR = { name: 'Webshop', target: 'https://shop.example.nl' };

/** Every field the window lets an owner edit, with a value the app must refuse. */
const MONITOR_FIELDS: [string, unknown][] = [
  ['name', ''],
  ['name', 'x'.repeat(101)],
  ['publicName', 'x'.repeat(101)],
  ['target', ''],
  ['target', 'kassa'],
  ['target', '192.168.1.20:99999'],
  ['target', 'https://ann:geheim@shop.example.nl'],
  ['intervalSeconds', 5],
  ['intervalSeconds', 12.5],
  ['intervalSeconds', Number.NaN],
  ['timeoutSeconds', 0],
  ['timeoutSeconds', 500],
  ['keyword', ''],
  ['keywordAbsent', 'x'.repeat(501)],
  ['expectedStatus', []],
  ['expectedStatus.0', 99],
  ['slowThresholdMs', 50],
  ['maxRedirects', 21],
  ['tlsWarnDays', 400],
  ['minFreePercent', 100],
];

const SETTINGS_FIELDS: [string, unknown][] = [
  ['language', 'de'],
  ['formality', 'casual'],
  ['checks.intervalSeconds', 1],
  ['checks.confirmRechecks', 11],
  ['checks.recoveryThreshold', 0],
  ['maintenanceWindows.0.start', '25:00'],
  ['maintenanceWindows.0.days.0', 7],
  ['business.name', 'x'.repeat(101)],
  ['business.website', 'x'.repeat(201)],
  ['business.phone', 'x'.repeat(41)],
  ['business.workaround', 'x'.repeat(301)],
  ['contacts.0.name', ''],
  ['contacts.0.email', 'not-an-address'],
  ['contacts.0.url', 'http://help.example.nl'],
  ['contacts.0.role', 'plumber'],
  ['connectivity.targets.0', 'ftp://x'],
];

/** Puts `value` at `path` in `base`, creating the objects and arrays on the way. */
function withValue(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base);
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  keys.slice(0, -1).forEach((key, index) => {
    if (node[key] === undefined) node[key] = /^\d+$/.test(keys[index + 1] ?? '') ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys.at(-1) ?? ''] = value;
  return copy;
}

const SETTINGS_BASE = {
  maintenanceWindows: [{ start: '01:00', end: '02:00' }],
  contacts: [{ id: 'c1', role: 'hosting', name: 'HostNet' }],
};

function expectWords(schema: z.ZodType, input: unknown, path: string) {
  const parsed = schema.safeParse(input);
  expect(parsed.success, `${path} accepted a bad value`).toBe(false);
  if (parsed.success) return;
  const [english, dutch, informal] = [en, nl, je].map((texts) =>
    describeFieldIssues(parsed.error, texts).find((issue) => issue.path === path),
  );
  expect(english?.text, path).toBeTruthy();
  expect(dutch?.text, path).toBeTruthy();
  expect(informal?.text, path).toBeTruthy();
  for (const text of [english?.text, dutch?.text]) {
    expect(text, path).not.toMatch(/[a-z]+_[a-z]+|Invalid|Too (small|big)|expected/);
    expect(text, path).not.toBe(en.other);
    expect(text, path).not.toBe(nl.other);
  }
  expect(english?.text).not.toBe(dutch?.text);
}

describe('every settings field refuses bad input in the owner’s words', () => {
  it.each(MONITOR_FIELDS)('monitor %s = %j', (path, value) =>
    expectWords(monitorInputSchema, withValue(MONITOR, path, value), path),
  );

  it.each(SETTINGS_FIELDS)('settings %s = %j', (path, value) =>
    expectWords(settingsSchema, withValue(SETTINGS_BASE, path, value), path),
  );

  it('says which limit was crossed, in English and in Dutch', () => {
    const parsed = monitorInputSchema.safeParse({ ...MONITOR, intervalSeconds: 5 });
    if (parsed.success) throw new Error('accepted');
    expect(describeFieldIssues(parsed.error, en)).toEqual([
      { path: 'intervalSeconds', text: 'Please use a number of at least 10.' },
    ]);
    expect(describeFieldIssues(parsed.error, nl)).toEqual([
      { path: 'intervalSeconds', text: 'Gebruik een getal van minstens 10.' },
    ]);
  });

  it('explains a target as people type it, never with its code', () => {
    const parsed = monitorInputSchema.safeParse({ ...MONITOR, target: 'kassa' });
    if (parsed.success) throw new Error('accepted');
    expect(describeFieldIssues(parsed.error, en)[0]?.text).toBe(
      'Back Online cannot read this. Type a website (bakkerijdezon.nl) or a device with its port (192.168.1.20:9100).',
    );
  });
});
