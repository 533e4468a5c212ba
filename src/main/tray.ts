import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NativeImage } from 'electron';
import { Menu, nativeImage, Tray } from 'electron';
import type { AppState, OverallStatus } from '../shared/app-state';
import type { UpdateStatus } from '../shared/update-status';
import { trayIconVariant, trayPlatform } from './icons';
import type { TrayMenuActions } from './tray-menu';
import { buildTrayMenu } from './tray-menu';

export interface AppTrayOptions {
  /** The folder holding tray/<stem>-<pixels>.png. */
  assetsDir: string;
  platform: NodeJS.Platform;
  actions: TrayMenuActions;
  isStartAtLogin(): boolean;
  /** The desktop's own update, read each time the menu is built; absent where nothing updates. */
  updateStatus?(): UpdateStatus;
  now?: () => number;
}

export interface AppTray {
  /** Draws a new state; only what changed (icon, tooltip, title, menu) is set again. */
  update(state: AppState): void;
  /** Rebuilds the menu for the last state, e.g. after "Start at login" changed or an update was downloaded. */
  refreshMenu(): void;
  destroy(): void;
}

/** One image per state with a representation per display scale factor; templates on macOS. */
export function loadTrayIcon(
  assetsDir: string,
  status: OverallStatus,
  platform: NodeJS.Platform,
): NativeImage {
  const variant = trayIconVariant(status, trayPlatform(platform));
  const image = nativeImage.createEmpty();
  for (const { scaleFactor, file } of variant.representations) {
    image.addRepresentation({ scaleFactor, buffer: readFileSync(join(assetsDir, 'tray', file)) });
  }
  if (variant.template) image.setTemplateImage(true);
  return image;
}

export function createAppTray(initial: AppState, options: AppTrayOptions): AppTray {
  const now = options.now ?? Date.now;
  const icons = new Map<OverallStatus, NativeImage>();
  const iconFor = (status: OverallStatus) => {
    let icon = icons.get(status);
    if (!icon) {
      icon = loadTrayIcon(options.assetsDir, status, options.platform);
      icons.set(status, icon);
    }
    return icon;
  };

  const tray = new Tray(iconFor(initial.tray.icon));
  tray.on('click', () => options.actions.openWindow());
  let state = initial;
  const shown = { icon: initial.tray.icon, tooltip: '', title: '', menu: '' };

  const applyMenu = () => {
    const template = buildTrayMenu(
      state,
      {
        startAtLogin: options.isStartAtLogin(),
        now: now(),
        platform: options.platform,
        ...(options.updateStatus ? { update: options.updateStatus() } : {}),
      },
      options.actions,
    );
    const signature = JSON.stringify(template);
    if (signature === shown.menu) return;
    shown.menu = signature;
    tray.setContextMenu(Menu.buildFromTemplate(template));
  };

  const apply = () => {
    const model = state.tray;
    if (model.icon !== shown.icon) {
      tray.setImage(iconFor(model.icon));
      shown.icon = model.icon;
    }
    if (model.tooltip !== shown.tooltip) {
      tray.setToolTip(model.tooltip);
      shown.tooltip = model.tooltip;
    }
    if (options.platform === 'darwin' && model.title !== shown.title) {
      tray.setTitle(model.title);
      shown.title = model.title;
    }
    applyMenu();
  };

  apply();
  return {
    update(next) {
      state = next;
      apply();
    },
    refreshMenu: applyMenu,
    destroy: () => tray.destroy(),
  };
}
