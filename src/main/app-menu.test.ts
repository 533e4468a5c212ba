import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const menus = vi.hoisted(() => [] as unknown[]);
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
    setApplicationMenu: (menu: unknown) => menus.push(menu),
  },
}));

const { installApplicationMenu } = await import('./app-menu');

describe('installApplicationMenu', () => {
  it('removes the default menu, with its Reload and Developer Tools, outside macOS', () => {
    installApplicationMenu('win32');
    installApplicationMenu('linux');
    expect(menus).toEqual([null, null]);
  });

  it('keeps only the app, edit and window menus on macOS, so copy and paste shortcuts work', () => {
    menus.length = 0;
    installApplicationMenu('darwin');
    expect(menus).toEqual([
      { template: [{ role: 'appMenu' }, { role: 'editMenu' }, { role: 'windowMenu' }] },
    ]);
  });
});
