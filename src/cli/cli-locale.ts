import type { Language, Locale } from '../shared/locale';
import { LANGUAGES, languageFromLocaleTag } from '../shared/locale';

/** The system language: the POSIX locale variables in their order of precedence, else the runtime's. */
export function systemLanguage(env: Readonly<Record<string, string | undefined>>): Language {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return languageFromLocaleTag(tag ?? Intl.DateTimeFormat().resolvedOptions().locale);
}

function isLanguage(value: string | undefined): value is Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}

/**
 * The locale the arguments ask for, read leniently before they are validated, so that even a usage
 * error is reported in the language the user chose. A bad `--lang` falls back to the system language.
 */
export function requestedLocale(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Locale {
  let language: Language = systemLanguage(env);
  let informal = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--') break;
    if (arg === '--informal') informal = true;
    const value =
      arg === '--lang'
        ? args[index + 1]
        : arg.startsWith('--lang=')
          ? arg.slice('--lang='.length)
          : undefined;
    if (isLanguage(value)) language = value;
  }
  return { language, formality: informal ? 'informal' : 'formal' };
}
