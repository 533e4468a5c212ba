export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Dutch speaks to the owner as "u" (formal) or "je" (informal); English ignores it. */
export const FORMALITIES = ['formal', 'informal'] as const;
export type Formality = (typeof FORMALITIES)[number];

export interface Locale {
  language: Language;
  formality: Formality;
}

export const DEFAULT_LOCALE: Locale = { language: 'en', formality: 'formal' };

/** The tag to format dates and numbers with; British English for its day-month order and 24-hour clock. */
export function intlLocaleTag(language: Language): string {
  return language === 'nl' ? 'nl-NL' : 'en-GB';
}

/** Picks a supported language from an OS or browser locale tag such as `nl-NL` or `en_US.UTF-8`. */
export function languageFromLocaleTag(tag: string | undefined | null): Language {
  return tag && /^nl\b|^nl[-_]/i.test(tag) ? 'nl' : 'en';
}
