import type { CliCommand } from './command';
import { checkCommand } from './commands/check';
import { incidentsCommand } from './commands/incidents';
import { watchCommand } from './commands/watch';
import { webCommand } from './commands/web';

/** Every `back-online <command>`; a new command is its own file under commands/ plus one line here. */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  check: checkCommand,
  watch: watchCommand,
  incidents: incidentsCommand,
  web: webCommand,
};
