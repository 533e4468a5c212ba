import { z } from 'zod';
import type { Locale } from '../../shared/locale';
import type { ServiceArgs } from './service-args';
import { readCommandOptions, SERVICE_OPTIONS, serviceArgs } from './service-args';
import { ServiceCommandProblem } from './service-problem';
import type { WebProblem } from './web-texts';

const OPTIONS = { ...SERVICE_OPTIONS, port: { type: 'string' } } as const;

export type WebArgs = { help: true; locale: Locale } | (ServiceArgs & { help: false; port: number });

const portSchema = z
  .string()
  .trim()
  .regex(/^\d{1,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(0).max(65_535));

/** Reads `web`'s arguments; throws UsageError or ServiceCommandProblem naming the first thing that is wrong. */
export function parseWebArgs(args: string[], env: Readonly<Record<string, string | undefined>>): WebArgs {
  const options = readCommandOptions(args, OPTIONS, env);
  if (options.help) return { help: true, locale: options.locale };
  const portText = typeof options.values.port === 'string' ? options.values.port : '0';
  const port = portSchema.safeParse(portText);
  if (!port.success) throw new ServiceCommandProblem<WebProblem>('invalid_port', { value: portText });
  return { help: false, ...serviceArgs(options), port: port.data };
}
