import { cliCatalogs } from '../shared/i18n/cli';
import type { CliTexts } from '../shared/i18n/cli';
import { interpolate, pickCatalog } from '../shared/i18n/interpolate';
import type { Locale } from '../shared/locale';
import type { CliIo } from './cli-io';
import { requestedLocale } from './cli-locale';
import type { CliCommand } from './command';
import { COMMANDS } from './commands';
import { helpTable } from './commands/command-help';
import { EXIT_CODES } from './exit-codes';
import { UsageError } from './usage-error';

const HELP_FLAGS = new Set(['--help', '-h', 'help']);

function generalHelp(
  texts: CliTexts,
  commands: Readonly<Record<string, CliCommand>>,
  locale: Locale,
): string {
  return [
    texts.general.description,
    '',
    `${texts.usageLabel} ${texts.general.usage}`,
    '',
    texts.general.commandsHeading,
    ...helpTable(Object.entries(commands).map(([name, command]) => [name, command.summary(locale)])),
    '',
    texts.general.helpHint,
    '',
  ].join('\n');
}

function usageErrorText(
  error: UsageError,
  texts: CliTexts,
  command: CliCommand | undefined,
  commands: Readonly<Record<string, CliCommand>>,
  locale: Locale,
): string {
  const reason = error.targetError ? texts.targetErrors[error.targetError] : undefined;
  const message = `${texts.program}: ${interpolate(texts.errors[error.code], { ...error.params, reason })}\n`;
  if (!command) return `${message}\n${generalHelp(texts, commands, locale)}`;
  const usage = command.usage(locale);
  return `${message}${texts.usageLabel} ${usage.line}\n${usage.hint}\n`;
}

/**
 * Runs one command line and returns its exit code. Nothing escapes: wrong input is a translated usage
 * error (exit 2), anything unforeseen a translated one-liner (exit 3), never a stack trace.
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: Readonly<Record<string, CliCommand>> = COMMANDS,
): Promise<number> {
  const locale = requestedLocale(argv, io.env);
  const texts = pickCatalog(cliCatalogs, locale);
  const [name, ...rest] = argv;
  let command: CliCommand | undefined;
  try {
    if (name === undefined) throw new UsageError('no_command');
    if (HELP_FLAGS.has(name)) {
      io.writeOut(generalHelp(texts, commands, locale));
      return EXIT_CODES.ok;
    }
    command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!command) throw new UsageError('unknown_command', { command: name });
    return await command.run(rest, { io, locale });
  } catch (error) {
    if (error instanceof UsageError) {
      io.writeErr(usageErrorText(error, texts, command, commands, locale));
      return EXIT_CODES.usage;
    }
    io.writeErr(`${texts.program}: ${texts.internalError}\n`);
    return EXIT_CODES.internal;
  }
}
