import type { Locale } from '../../shared/locale';
import { commandLocale, isLanguage } from '../cli-locale';
import { UsageError } from '../usage-error';
import type { ParsedOptionValues } from './strict-args';
import { parseStrictly } from './strict-args';

export type OptionSpecs = Readonly<Record<string, { type: 'string' | 'boolean'; short?: string }>>;

/** The options of every command that works on Back Online's data folder. */
export const DATA_DIR_OPTIONS = {
  'data-dir': { type: 'string' },
  lang: { type: 'string' },
  informal: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpecs;

/** The options of every command that runs the monitoring service (`web`, `watch`). */
export const SERVICE_OPTIONS = {
  ...DATA_DIR_OPTIONS,
  config: { type: 'string' },
} as const satisfies OptionSpecs;

export interface CommandOptions {
  values: ParsedOptionValues;
  help: boolean;
  locale: Locale;
  /** Whether --lang was given: a service command then keeps it in the owner's settings. */
  languageChosen: boolean;
}

/** What the service commands share: where the data lives, which config to apply, which language to speak. */
export interface ServiceArgs {
  locale: Locale;
  languageChosen: boolean;
  dataDir: string | undefined;
  configFile: string | undefined;
}

/**
 * Reads a command's options (no positionals) and the locale they ask for; throws UsageError naming the
 * first thing that is wrong.
 */
export function readCommandOptions(
  args: string[],
  options: OptionSpecs,
  env: Readonly<Record<string, string | undefined>>,
): CommandOptions {
  const { values } = parseStrictly(args, options, 'rejected');
  const language = isLanguage(values.lang) ? values.lang : undefined;
  if (typeof values.lang === 'string' && language === undefined)
    throw new UsageError('invalid_lang', { value: values.lang });
  return {
    values,
    help: values.help === true,
    locale: commandLocale(language, values.informal === true, env),
    languageChosen: language !== undefined,
  };
}

/** A string option's value; an empty one counts as not given. */
export function textOption(values: ParsedOptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function serviceArgs(options: CommandOptions): ServiceArgs {
  return {
    locale: options.locale,
    languageChosen: options.languageChosen,
    dataDir: textOption(options.values, 'data-dir'),
    configFile: textOption(options.values, 'config'),
  };
}
