import type { Locale } from '../../shared/locale';
import type { ServiceArgs } from './service-args';
import { readCommandOptions, SERVICE_OPTIONS, serviceArgs } from './service-args';

const OPTIONS = { ...SERVICE_OPTIONS, json: { type: 'boolean' } } as const;

export type WatchArgs = { help: true; locale: Locale } | (ServiceArgs & { help: false; json: boolean });

/** Reads `watch`'s arguments; throws UsageError naming the first thing that is wrong. */
export function parseWatchArgs(args: string[], env: Readonly<Record<string, string | undefined>>): WatchArgs {
  const options = readCommandOptions(args, OPTIONS, env);
  if (options.help) return { help: true, locale: options.locale };
  return { help: false, ...serviceArgs(options), json: options.values.json === true };
}
