import { isIP } from 'node:net';
import type { ParseArgsOptionDescriptor } from 'node:util';
import { z } from 'zod';
import type { CheckOptionName, CliUsageErrorCode } from '../../shared/i18n/cli';
import type { Locale } from '../../shared/locale';
import { LANGUAGES } from '../../shared/locale';
import type { Target } from '../../shared/target';
import { parseTarget, withoutCredentials } from '../../shared/target';
import { expandTypedTarget } from '../../shared/typed-target';
import { commandLocale } from '../cli-locale';
import { UsageError } from '../usage-error';
import { parseStrictly } from './strict-args';

const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  informal: { type: 'boolean' },
  timeout: { type: 'string' },
  keyword: { type: 'string' },
  resolver: { type: 'string' },
  ca: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<CheckOptionName, ParseArgsOptionDescriptor>;

export const MIN_TIMEOUT_SECONDS = 1;
export const MAX_TIMEOUT_SECONDS = 120;

function isPort(text: string | undefined): boolean {
  return text === undefined || (/^\d{1,5}$/.test(text) && Number(text) >= 1 && Number(text) <= 65_535);
}

/** An IP address with an optional port (`10.0.0.1`, `10.0.0.1:53`, `::1`, `[::1]:53`), as node:dns takes it. */
export function isResolverAddress(value: string): boolean {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(value);
  if (bracketed) return isIP(bracketed[1] ?? '') === 6 && isPort(bracketed[2]);
  if (isIP(value) !== 0) return true;
  const withPort = /^([^:]+):(\d+)$/.exec(value);
  return withPort !== null && isIP(withPort[1] ?? '') === 4 && isPort(withPort[2]);
}

const optionValuesSchema = z.object({
  json: z.boolean().default(false),
  lang: z.enum(LANGUAGES).optional(),
  informal: z.boolean().default(false),
  timeout: z
    .string()
    .trim()
    .regex(/^\d+(\.\d+)?$/)
    .transform(Number)
    .pipe(z.number().min(MIN_TIMEOUT_SECONDS).max(MAX_TIMEOUT_SECONDS))
    .optional(),
  keyword: z.string().min(1).max(500).optional(),
  resolver: z.string().refine(isResolverAddress).optional(),
  ca: z.array(z.string().min(1)).default([]),
  help: z.boolean().default(false),
});

const ISSUE_CODES: Record<string, CliUsageErrorCode> = {
  lang: 'invalid_lang',
  timeout: 'invalid_timeout',
  keyword: 'invalid_keyword',
  resolver: 'invalid_resolver',
  ca: 'ca_unreadable',
};

export interface CheckTargetArg {
  target: Target;
  /** The target as the user wrote it, trimmed; it names the result. */
  text: string;
}

export type CheckArgs =
  | { help: true; locale: Locale }
  | {
      help: false;
      locale: Locale;
      json: boolean;
      timeoutMs: number | undefined;
      keyword: string | undefined;
      resolver: string | undefined;
      caFiles: string[];
      targets: CheckTargetArg[];
    };

/** Reads `check`'s arguments; throws UsageError naming the first thing that is wrong. */
export function parseCheckArgs(args: string[], env: Readonly<Record<string, string | undefined>>): CheckArgs {
  const { values, positionals } = parseStrictly(args, OPTIONS, 'allowed');
  const parsed = optionValuesSchema.safeParse(values);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    const value = String(values[field] ?? '');
    throw new UsageError(ISSUE_CODES[field] ?? 'unknown_option', {
      value,
      file: value,
      option: `--${field}`,
    });
  }
  const options = parsed.data;
  const locale = commandLocale(options.lang, options.informal, env);
  if (options.help) return { help: true, locale };
  if (positionals.length === 0) throw new UsageError('no_targets');
  const targets = positionals.map((text): CheckTargetArg => {
    const target = parseTarget(text);
    if (!target.ok)
      throw new UsageError('invalid_target', { target: withoutCredentials(text) }, target.error);
    return { target: target.target, text: expandTypedTarget(text) };
  });
  return {
    help: false,
    locale,
    json: options.json,
    timeoutMs: options.timeout === undefined ? undefined : Math.round(options.timeout * 1000),
    keyword: options.keyword,
    resolver: options.resolver,
    caFiles: options.ca,
    targets,
  };
}
