import { Menu } from 'electron';

/**
 * macOS routes copy and paste shortcuts through the Edit menu, so it keeps a minimal menu. Elsewhere there
 * is no menu bar: Electron's default one offers Reload and Developer Tools to anyone.
 */
export function installApplicationMenu(platform: NodeJS.Platform): void {
  if (platform !== 'darwin') {
    Menu.setApplicationMenu(null);
    return;
  }
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }]),
  );
}
