import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { autostartFile, createXdgAutostart, desktopEntry, quoteExecArgument } from './xdg-autostart';

let configHome: string | null = null;
afterEach(() => {
  if (configHome) rmSync(configHome, { recursive: true, force: true });
  configHome = null;
});

describe('XDG autostart', () => {
  it('writes and removes ~/.config/autostart/back-online.desktop', () => {
    configHome = mkdtempSync(join(tmpdir(), 'back-online-xdg-'));
    const env = { XDG_CONFIG_HOME: configHome };
    const autostart = createXdgAutostart({
      command: '/opt/Back Online/back-online',
      args: ['--hidden'],
      env,
    });
    const file = join(configHome, 'autostart', 'back-online.desktop');
    expect(autostartFile(env)).toBe(file);
    expect(autostart.isEnabled()).toBe(false);

    autostart.setEnabled(true);
    expect(autostart.isEnabled()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Name=Back Online',
        'Exec="/opt/Back Online/back-online" "--hidden"',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
    expect(statSync(file).mode & 0o777).toBe(0o644);

    autostart.setEnabled(false);
    expect(autostart.isEnabled()).toBe(false);
    autostart.setEnabled(false);
  });

  it('quotes Exec arguments so no path can inject a field code or a second command', () => {
    expect(quoteExecArgument('/home/ann/Apps/Back Online.AppImage')).toBe(
      '"/home/ann/Apps/Back Online.AppImage"',
    );
    expect(quoteExecArgument('/tmp/100%/$HOME/`id`/"x"')).toBe(
      '"/tmp/100%%/\\\\$HOME/\\\\`id\\\\`/\\\\"x\\\\""',
    );
    expect(quoteExecArgument('C:\\odd')).toBe('"C:\\\\\\\\odd"');
    expect(() => quoteExecArgument('/tmp/a\nExec=evil')).toThrow();
    expect(desktopEntry('/usr/bin/back-online', [])).toContain('Exec="/usr/bin/back-online"\n');
  });
});
