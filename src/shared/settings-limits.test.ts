import { describe, expect, it } from 'vitest';
import { settingsChangeSchema } from './settings';
import { monitorInputSchema } from './monitor';

const huge = 'x'.repeat(100_000);

describe('every string the owner can type has a length limit', () => {
  it('refuses megabyte strings in settings', () => {
    for (const change of [
      { maintenanceWindows: [{ monitors: [huge], start: '01:00', end: '02:00' }] },
      { contacts: [{ id: 'c1', role: 'hosting', name: 'Host', email: `${huge}@example.nl` }] },
      { contacts: [{ id: 'c1', role: 'hosting', name: 'Host', url: `https://example.nl/${huge}` }] },
      { connectivity: { targets: [`tcp://${huge}:53`] } },
    ]) {
      expect(settingsChangeSchema.safeParse(change).success, JSON.stringify(change).slice(0, 80)).toBe(false);
    }
  });

  it('refuses megabyte strings in a monitor', () => {
    for (const field of ['name', 'target', 'keyword', 'keywordAbsent'] as const) {
      const input = { name: 'Shop', target: 'https://shop.example.nl', [field]: huge };
      expect(monitorInputSchema.safeParse(input).success, field).toBe(false);
    }
  });
});
