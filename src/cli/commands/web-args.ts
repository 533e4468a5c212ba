import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Locale } from '../../shared/locale';
import { LANGUAGES } from '../../shared/locale';
import { systemLanguage } from '../cli-locale';
import { UsageError } from '../usage-error';
import type { WebProblem } from './web-texts';

const OPTIONS = {
  port: { type: 'string' },
  'data-dir': { type: 'string' },
  config: { type: 'string' },
  lang: { type: 'string' },
  informal: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Wrong input that only `web` has words for (the shared usage errors cover the rest). */
export class WebProblemError extends Error {
  constructor(
    readonly problem: WebProblem,
    readonly params: Record<string, string> = {},
  ) {
    super(problem);
    this.name = 'WebProblemError';
  }
}

export type WebArgs =
  | { help: true; locale: Locale }
  | {
      help: false;
      locale: Locale;
      /** Whether --lang was given: it then overrides the language in the owner's settings. */
      languageChosen: boolean;
      port: number;
      dataDir: string | undefined;
      configFile: string | undefined;
    };

function rejectedArgument(args: string[]): UsageError {
  const { tokens } = parseArgs({
    args,
    options: OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind === 'positional') return new UsageError('unknown_option', { option: token.value });
    if (token.kind !== 'option') continue;
    const descriptor = Object.hasOwn(OPTIONS, token.name)
      ? OPTIONS[token.name as keyof typeof OPTIONS]
      : undefined;
    if (!descriptor) return new UsageError('unknown_option', { option: token.rawName });
    if (descriptor.type === 'boolean' && token.value !== undefined)
      return new UsageError('unexpected_value', { option: token.rawName });
    if (
      descriptor.type === 'string' &&
      (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))
    )
      return new UsageError('missing_value', { option: token.rawName });
  }
  return new UsageError('unknown_option', { option: args.find((arg) => arg.startsWith('-')) ?? '' });
}

const portSchema = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(0).max(65_535));

/** Reads `web`'s arguments; throws UsageError or WebProblemError naming the first thing that is wrong. */
export function parseWebArgs(args: string[], env: Readonly<Record<string, string | undefined>>): WebArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch {
    throw rejectedArgument(args);
  }
  const lang = values.lang;
  if (typeof lang === 'string' && !(LANGUAGES as readonly string[]).includes(lang))
    throw new UsageError('invalid_lang', { value: lang });
  const locale: Locale = {
    language: typeof lang === 'string' ? (lang as Locale['language']) : systemLanguage(env),
    formality: values.informal === true ? 'informal' : 'formal',
  };
  if (values.help === true) return { help: true, locale };
  const portText = typeof values.port === 'string' ? values.port : '0';
  const port = portSchema.safeParse(portText);
  if (!port.success) throw new WebProblemError('invalid_port', { value: portText });
  const text = (name: string) =>
    typeof values[name] === 'string' && values[name] !== '' ? (values[name] as string) : undefined;
  return {
    help: false,
    locale,
    languageChosen: typeof lang === 'string',
    port: port.data,
    dataDir: text('data-dir'),
    configFile: text('config'),
  };
}
