import type { CliCommand } from './command';
import { checkCommand } from './commands/check';
import { webCommand } from './commands/web';

/** Every `back-online <command>`; a new command is its own file under commands/ plus one line here. */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  check: checkCommand,
  web: webCommand,
};
