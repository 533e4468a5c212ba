import type { Locale } from '../../shared/locale';
import { DATA_DIR_OPTIONS, readCommandOptions, textOption } from './service-args';

const OPTIONS = { ...DATA_DIR_OPTIONS, json: { type: 'boolean' }, all: { type: 'boolean' } } as const;

export type IncidentsArgs =
  | { help: true; locale: Locale }
  | { help: false; locale: Locale; dataDir: string | undefined; json: boolean; all: boolean };

/** Reads `incidents`' arguments; throws UsageError naming the first thing that is wrong. */
export function parseIncidentsArgs(
  args: string[],
  env: Readonly<Record<string, string | undefined>>,
): IncidentsArgs {
  const { values, help, locale } = readCommandOptions(args, OPTIONS, env);
  if (help) return { help: true, locale };
  return {
    help: false,
    locale,
    dataDir: textOption(values, 'data-dir'),
    json: values.json === true,
    all: values.all === true,
  };
}
