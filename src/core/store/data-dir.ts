import { homedir } from 'node:os';
import { join, posix, win32 } from 'node:path';

export interface DataDirEnvironment {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

const currentEnvironment = (): DataDirEnvironment => ({
  platform: process.platform,
  env: process.env,
  home: homedir(),
});

/**
 * Where the CLI keeps its data when not told otherwise (the desktop app uses Electron's
 * `app.getPath('userData')` instead). Linux follows XDG: an empty or relative $XDG_CONFIG_HOME is
 * ignored, as the spec says.
 */
export function defaultDataDir(
  appName = 'Back Online',
  environment: DataDirEnvironment = currentEnvironment(),
): string {
  const { platform, env, home } = environment;
  if (platform === 'win32') {
    return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), appName);
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', appName);
  const xdgConfig = env.XDG_CONFIG_HOME;
  const configHome = xdgConfig && posix.isAbsolute(xdgConfig) ? xdgConfig : posix.join(home, '.config');
  return posix.join(configHome, toFolderName(appName));
}

/** `Back Online` → `back-online`, the Linux convention for configuration folders. */
function toFolderName(appName: string): string {
  return appName.trim().toLowerCase().replace(/\s+/g, '-');
}

export interface DataPaths {
  database: string;
  settings: string;
}

export function dataPaths(dataDir: string): DataPaths {
  return { database: join(dataDir, 'back-online.db'), settings: join(dataDir, 'settings.json') };
}
