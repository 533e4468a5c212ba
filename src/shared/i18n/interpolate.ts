import type { Formality, Language, Locale } from '../locale';

export type TemplateParams = Record<string, string | number | boolean | null | undefined>;

/** Fills `{name}` placeholders; a missing value leaves a readable gap rather than "undefined". */
export function interpolate(template: string, params: TemplateParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = params[key];
    return value === undefined || value === null ? '' : String(value);
  });
}

/**
 * Every text area ships English and formal Dutch in full; informal Dutch overrides only the texts that
 * change with "je", falling back to the formal text elsewhere.
 */
export interface CatalogSet<T> {
  en: T;
  nl: T;
  nlInformal: DeepPartial<T>;
}

export type DeepPartial<T> = T extends string
  ? T
  : T extends readonly unknown[]
    ? T
    : { [K in keyof T]?: DeepPartial<T[K]> };

/** Informal Dutch merged once per catalog set: texts are picked on every render, tray update and push. */
const mergedInformal = new WeakMap<object, unknown>();

export function pickCatalog<T>(set: CatalogSet<T>, locale: Locale): T {
  if (locale.language === 'en') return set.en;
  if (locale.formality === 'formal') return set.nl;
  let merged = mergedInformal.get(set) as T | undefined;
  if (merged === undefined) {
    merged = mergeDeep(set.nl, set.nlInformal);
    mergedInformal.set(set, merged);
  }
  return merged;
}

/** A text that changes with a count: `one` for exactly 1, `other` for the rest; filled with `{count}`. */
export interface PluralText {
  one: string;
  other: string;
}

export function plural(text: PluralText, count: number, params: TemplateParams = {}): string {
  return interpolate(count === 1 ? text.one : text.other, { ...params, count });
}

function mergeDeep<T>(base: T, override: DeepPartial<T>): T {
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return (override ?? base) as T;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override as Record<string, unknown>)) {
    if (value !== undefined) merged[key] = mergeDeep((base as Record<string, unknown>)[key], value as never);
  }
  return merged as T;
}

export type { Formality, Language };
