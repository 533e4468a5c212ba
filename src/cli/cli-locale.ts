import type { Language, Locale } from '../shared/locale';
import { LANGUAGES, languageFromLocaleTag } from '../shared/locale';

/** The system language: the POSIX locale variables in their order of precedence, else the runtime's. */
export function systemLanguage(env: Readonly<Record<string, string | undefined>>): Language {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return languageFromLocaleTag(tag ?? Intl.DateTimeFormat().resolvedOptions().locale);
}

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The locale of a command line: the `--lang` given, else the system language, and `--informal`. */
export function commandLocale(
  language: Language | undefined,
  informal: boolean,
  env: Readonly<Record<string, string | undefined>>,
): Locale {
  return { language: language ?? systemLanguage(env), formality: informal ? 'informal' : 'formal' };
}

/**
 * The locale the arguments ask for, read leniently before they are validated, so that even a usage
 * error is reported in the language the user chose. A bad `--lang` falls back to the system language.
 */
export function requestedLocale(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Locale {
  let language: Language | undefined;
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
  return commandLocale(language, informal, env);
}
