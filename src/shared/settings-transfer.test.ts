import { describe, expect, it } from 'vitest';
import type { Monitor } from './monitor';
import { DEFAULT_SETTINGS, settingsSchema } from './settings';
import {
  EXPORT_FORMAT,
  exportSettings,
  MAX_IMPORT_BYTES,
  planImport,
  planIsEmpty,
  readImport,
} from './settings-transfer';

const SETTINGS = settingsSchema.parse({
  language: 'nl',
  formality: 'informal',
  business: { name: 'Bakkerij De Zon', website: 'https://bakkerijdezon.nl', workaround: 'Bel 010-123 45 67' },
  contacts: [{ id: 'c1', role: 'hosting', name: 'HostNet', phone: '020-000 00 00' }],
  maintenanceWindows: [{ days: [1], start: '02:00', end: '03:00' }],
  onboarded: true,
});

const MONITORS: Monitor[] = [
  {
    id: 'a',
    name: 'Webshop',
    target: 'https://bakkerijdezon.nl/shop',
    enabled: true,
    createdAt: 1,
    keyword: 'Bestel',
  },
  {
    id: 'b',
    name: 'Pin',
    target: 'tcp://192.168.1.20:9100',
    enabled: false,
    createdAt: 2,
    intervalSeconds: 30,
  },
];

function fileWith(patch: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(exportSettings(SETTINGS, MONITORS)) as Record<string, unknown>;
  patch(file);
  return JSON.stringify(file);
}

describe('exporting and importing settings', () => {
  it('gives back exactly the same settings and monitors', () => {
    const reading = readImport(exportSettings(SETTINGS, MONITORS));
    if (!reading.ok) throw new Error(reading.refusal);
    expect(reading.file.settings).toEqual(SETTINGS);
    expect(planIsEmpty(planImport(reading.file, SETTINGS, MONITORS))).toBe(true);

    const fresh = planImport(reading.file, DEFAULT_SETTINGS, []);
    expect(fresh.settings).toEqual(SETTINGS);
    expect(fresh.add).toEqual([
      { name: 'Webshop', target: 'https://bakkerijdezon.nl/shop', enabled: true, keyword: 'Bestel' },
      { name: 'Pin', target: 'tcp://192.168.1.20:9100', enabled: false, intervalSeconds: 30 },
    ]);
    expect(fresh.changedSettings).toEqual(
      expect.arrayContaining([
        'language',
        'formality',
        'business',
        'contacts',
        'maintenanceWindows',
        'onboarded',
      ]),
    );
  });

  it('previews what would change, matched by name', () => {
    const reading = readImport(
      fileWith((file) => {
        const monitors = file.monitors as Record<string, unknown>[];
        monitors[0] = { ...monitors[0], keyword: 'Winkelmand' };
        monitors[1] = { name: 'Kassa', target: 'tcp://192.168.1.21:9100', enabled: true };
        (file.settings as Record<string, unknown>).language = 'en';
      }),
    );
    if (!reading.ok) throw new Error(reading.refusal);
    const plan = planImport(reading.file, SETTINGS, MONITORS);
    expect(plan.changedSettings).toEqual(['language']);
    expect(plan.change.map((entry) => entry.name)).toEqual(['Webshop']);
    expect(plan.add.map((entry) => entry.name)).toEqual(['Kassa']);
    expect(plan.remove).toEqual([{ id: 'b', name: 'Pin' }]);
  });

  it('refuses malformed, oversized and hostile files, saying why', () => {
    expect(readImport('{ "format": "back-online-settings", ')).toEqual({ ok: false, refusal: 'not_json' });
    expect(readImport('[1, 2, 3]')).toEqual({ ok: false, refusal: 'not_back_online' });
    expect(readImport('{"monitors": []}')).toEqual({ ok: false, refusal: 'not_back_online' });
    expect(readImport(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, refusal: 'too_large' });
    const hostile: [string, string][] = [
      [fileWith(() => undefined).replace('"settings":{', '"settings":{"__proto__":{"admin":true},'), ''],
      [
        `{"format":"${EXPORT_FORMAT}","version":1,"__proto__":{"polluted":1},"settings":{},"monitors":[]}`,
        '',
      ],
      [
        fileWith(
          (file) =>
            ((file.monitors as unknown[])[0] = { name: 'x', target: 'https://a:b@shop.nl', enabled: true }),
        ),
        'monitors.0.target',
      ],
      [
        fileWith(
          (file) =>
            ((file.monitors as unknown[])[0] = {
              name: 'x',
              target: 'process://kassa',
              enabled: true,
              restartCommand: ['rm', '-rf', '/'],
            }),
        ),
        'monitors.0',
      ],
      [
        fileWith(
          (file) => ((file.settings as Record<string, unknown>).business = { name: 'x'.repeat(5000) }),
        ),
        'settings.business.name',
      ],
      [fileWith((file) => (file.version = 2)), 'version'],
    ];
    for (const [text, path] of hostile) {
      const reading = readImport(text);
      expect(reading.ok, text.slice(0, 80)).toBe(false);
      if (!reading.ok && path) expect(reading.issue?.path.join('.')).toBe(path);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
