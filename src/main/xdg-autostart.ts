import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** Electron's login-item API covers macOS and Windows only; Linux desktops read XDG autostart entries. */
export interface XdgAutostartOptions {
  /** The program to start: the AppImage when running from one, else the executable. */
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

export function autostartFile(env: NodeJS.ProcessEnv = process.env): string {
  const configHome = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(configHome, 'autostart', 'back-online.desktop');
}

/**
 * Quotes one Exec argument per the Desktop Entry spec: double quotes, a backslash before `"`, `` ` ``, `$`
 * and `\`, then the string-value escape doubles every backslash again; `%` is a field code, so `%%`.
 */
export function quoteExecArgument(argument: string): string {
  if (/[\n\r]/.test(argument)) throw new Error('an autostart command cannot contain a line break');
  const quoted = argument.replace(/["`$\\]/g, (character) => `\\${character}`).replaceAll('%', '%%');
  return `"${quoted.replaceAll('\\', '\\\\')}"`;
}

export function desktopEntry(command: string, args: string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Back Online',
    `Exec=${[command, ...args].map(quoteExecArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function createXdgAutostart(options: XdgAutostartOptions) {
  const file = autostartFile(options.env);
  return {
    isEnabled: () => existsSync(file),
    setEnabled(enabled: boolean) {
      if (!enabled) {
        rmSync(file, { force: true });
        return;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, desktopEntry(options.command, options.args), { mode: 0o644 });
    },
  };
}
