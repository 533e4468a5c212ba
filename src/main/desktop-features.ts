import type { MainChannelHandlers } from './ipc';
import { openOwnPath } from './open-own-path';

/**
 * The channels only the desktop app answers: opening its log and data folder, and saying which of its
 * own switches exist here (start at login needs a packaged app).
 */
export function desktopFeatureHandlers(options: {
  logFile: string | null;
  dataFolder: string;
  canStartAtLogin: boolean;
}): Required<Pick<MainChannelHandlers, 'app.openLog' | 'app.openDataFolder' | 'app.desktopFeatures'>> {
  return {
    'app.openLog': () => openOwnPath(options.logFile),
    'app.openDataFolder': () => openOwnPath(options.dataFolder),
    'app.desktopFeatures': async () => ({
      ok: true,
      value: {
        startAtLogin: options.canStartAtLogin,
        openDataFolder: true,
        openLog: options.logFile !== null,
      },
    }),
  };
}
