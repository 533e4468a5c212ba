import { parseArgs } from 'node:util';
import type { Locale } from '../../shared/locale';
import { LANGUAGES } from '../../shared/locale';
import { systemLanguage } from '../cli-locale';
import { UsageError } from '../usage-error';
import { rejectedArgument } from './rejected-argument';

export type OptionSpecs = Readonly<Record<string, { type: 'string' | 'boolean'; short?: string }>>;
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

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
  values: OptionValues;
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
  let values: OptionValues;
  try {
    ({ values } = parseArgs({ args, options, strict: true, allowPositionals: false }));
  } catch {
    throw rejectedArgument(args, options, 'rejected');
  }
  const lang = values.lang;
  if (typeof lang === 'string' && !(LANGUAGES as readonly string[]).includes(lang))
    throw new UsageError('invalid_lang', { value: lang });
  return {
    values,
    help: values.help === true,
    locale: {
      language: typeof lang === 'string' ? (lang as Locale['language']) : systemLanguage(env),
      formality: values.informal === true ? 'informal' : 'formal',
    },
    languageChosen: typeof lang === 'string',
  };
}

/** A string option's value; an empty one counts as not given. */
export function textOption(values: OptionValues, name: string): string | undefined {
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
