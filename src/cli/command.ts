import type { Locale } from '../shared/locale';
import type { CliIo } from './cli-io';

export interface CliContext {
  io: CliIo;
  /** The locale the arguments ask for, for messages before a command has validated them. */
  locale: Locale;
}

/** One sub-command of `back-online`; adding a command is one file plus one line in the command map. */
export interface CliCommand {
  /** One line for the list of commands in the general help. */
  summary(locale: Locale): string;
  /** Shown under a usage error of this command: the usage line and where to find more help. */
  usage(locale: Locale): { line: string; hint: string };
  /** Runs with the arguments after the command name; returns the exit code, throws UsageError for wrong input. */
  run(args: string[], context: CliContext): Promise<number>;
}
