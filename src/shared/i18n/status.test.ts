import { describe, expect, it } from 'vitest';
import { CAUSE_CODES } from '../cause-codes';
import { pickCatalog } from './interpolate';
import { statusTexts } from './status';

/** Every string in a catalog, keyed by its path. */
function flatten(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      for (const [innerPath, text] of flatten(inner, path ? `${path}.${key}` : key)) out.set(innerPath, text);
    }
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('status texts', () => {
  const english = flatten(statusTexts.en);
  const catalogs = {
    nl: flatten(statusTexts.nl),
    nlInformal: flatten(pickCatalog(statusTexts, { language: 'nl', formality: 'informal' })),
  };

  it.each(Object.entries(catalogs))('%s has every English text, with the same placeholders', (_, dutch) => {
    expect([...dutch.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, text] of english) {
      expect(text.trim(), path).not.toBe('');
      expect(dutch.get(path)?.trim(), path).not.toBe('');
      expect(placeholders(dutch.get(path) ?? ''), path).toEqual(placeholders(text));
    }
  });

  it('has a short label for every cause code and twelve months', () => {
    for (const code of CAUSE_CODES) expect(statusTexts.nl.causes[code].length).toBeLessThan(40);
    expect(statusTexts.en.tooltip.months).toHaveLength(12);
    expect(statusTexts.nl.tooltip.months).toHaveLength(12);
  });

  it('speaks to the owner as "je" only in informal Dutch', () => {
    const informal = [...catalogs.nlInformal.values()].join(' ');
    const formal = [...catalogs.nl.values()].join(' ');
    expect(informal).not.toMatch(/\b(u|uw)\b/i);
    expect(formal).not.toMatch(/\b(je|jouw)\b/i);
  });
});
