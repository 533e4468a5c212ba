import type { OverallStatus } from '../shared/app-state';

/**
 * The one state -> icon map. Each state has its own shape as well as its own colour, so the icon reads
 * without colour (colour-blind owners, macOS template images that keep only the alpha channel).
 * The artwork is drawn by scripts/draw-icons.mjs into assets/tray/<stem>-<pixels>.png.
 */
export const TRAY_ICONS: Record<OverallStatus, { stem: string; looks: string }> = {
  ok: { stem: 'ok', looks: 'check mark in a green circle' },
  degraded: { stem: 'degraded', looks: 'exclamation mark in an amber triangle' },
  down: { stem: 'down', looks: 'cross in a red octagon' },
  offline: { stem: 'offline', looks: 'broken chain link in a grey circle' },
  paused: { stem: 'paused', looks: 'pause bars in a blue rounded square' },
};

export type TrayPlatform = 'darwin' | 'win32' | 'linux';

export interface TrayIconRepresentation {
  scaleFactor: number;
  /** File name inside assets/tray. */
  file: string;
}

export interface TrayIconVariant {
  /** macOS template image: black plus alpha; the menu bar tints it for light and dark mode. */
  template: boolean;
  representations: TrayIconRepresentation[];
}

/** Pixel size per display scale factor: Windows' tray is 16 px at 100 %, Linux panels are about 24 px. */
const PIXELS_BY_SCALE: Record<TrayPlatform, [scaleFactor: number, pixels: number][]> = {
  darwin: [
    [1, 16],
    [2, 32],
  ],
  win32: [
    [1, 16],
    [1.5, 24],
    [2, 32],
    [3, 48],
    [4, 64],
  ],
  linux: [
    [1, 24],
    [2, 48],
  ],
};

export function trayPlatform(platform: NodeJS.Platform): TrayPlatform {
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}

export function trayIconVariant(status: OverallStatus, platform: TrayPlatform): TrayIconVariant {
  const template = platform === 'darwin';
  const { stem } = TRAY_ICONS[status];
  return {
    template,
    representations: PIXELS_BY_SCALE[platform].map(([scaleFactor, pixels]) => ({
      scaleFactor,
      file: `${stem}-${template ? 'template-' : ''}${pixels}.png`,
    })),
  };
}
