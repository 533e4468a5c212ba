import { join } from 'node:path';
import { app, Notification, session } from 'electron';
import type { Logger } from '../core/log/logger';
import { consoleLogger, errorFields } from '../core/log/logger';
import { installCrashHandlers } from './crash-handlers';
import { desktopFeatureHandlers } from './desktop-features';
import { saveWindowAsPdf } from './save-pdf';
import type { BackOnlineService } from '../core/service-contract';
import { DatabaseTooNewError } from '../core/service-contract';
import { StorageError } from '../core/store/storage-error';
import type { Locale } from '../shared/locale';
import { languageFromLocaleTag } from '../shared/locale';
import { rendererLocation } from './app-origin';
import { installApplicationMenu } from './app-menu';
import { showDatabaseTooNew, showStartFailed, showStartupNotices, showStorageFailed } from './dialogs';
import { openExternalLink } from './external-links';
import { registerApiIpc } from './ipc';
import { createLoginItem, HIDDEN_ARGUMENT, loginItemBackend } from './login-item';
import { startNotifications } from './notifications';
import { watchPower } from './power';
import { serveRendererBundle } from './protocol';
import { hardenAllWebContents, hardenSession } from './security';
import { createAppTray } from './tray';
import { isTrustedSender } from './trusted-ipc';
import { pickCatalog } from '../shared/i18n/interpolate';
import { updateCatalogs } from '../shared/i18n/updates';
import { confirmRestartDuringProblem } from './update-dialog';
import { startDesktopUpdater } from './updater';
import { createMainWindow } from './window';

const APP_ID = 'nl.backonline.app';

export interface ShellOptions {
  createService(options: { dataDir: string; locale?: Locale; logger?: Logger }): Promise<BackOnlineService>;
  /** The rotating log in the data folder; the service, the crash handlers and "Open the log" share it. */
  logger?: Logger;
  preloadPath: string;
  rendererDir: string;
  assetsDir: string;
  argv: string[];
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}

async function openService(options: ShellOptions, locale: Locale): Promise<BackOnlineService | null> {
  let service: BackOnlineService | null = null;
  try {
    service = await options.createService({
      dataDir: app.getPath('userData'),
      locale,
      ...(options.logger ? { logger: options.logger } : {}),
    });
    await service.start();
    return service;
  } catch (error) {
    (options.logger ?? consoleLogger).error('start_failed', errorFields(error));
    await service?.stop().catch(() => undefined);
    if (error instanceof DatabaseTooNewError) await showDatabaseTooNew(error, locale);
    else if (error instanceof StorageError) await showStorageFailed(error.failure, locale);
    else await showStartFailed(locale);
    return null;
  }
}

/** Wires the thin adapters around the service once the app is ready. The single-instance lock is taken first. */
export async function startShell(options: ShellOptions): Promise<void> {
  const openExternal = (url: string) => void openExternalLink({ url });
  const location = rendererLocation({
    devServerUrl: options.env.ELECTRON_RENDERER_URL,
    isPackaged: app.isPackaged,
  });
  hardenAllWebContents(app, location.isAppUrl, openExternal);
  hardenSession(session.defaultSession, location.isAppUrl);
  if (location.kind === 'bundle') serveRendererBundle(options.rendererDir);
  installApplicationMenu(options.platform);
  if (options.platform === 'win32') app.setAppUserModelId(APP_ID);
  // Tray apps keep running with no window open.
  app.on('window-all-closed', () => undefined);

  const systemLocale: Locale = { language: languageFromLocaleTag(app.getLocale()), formality: 'formal' };
  const service = await openService(options, systemLocale);
  if (service === null) {
    app.quit();
    return;
  }

  const iconPath = join(options.assetsDir, 'icon.png');
  const window = createMainWindow({
    entryUrl: location.entryUrl,
    preloadPath: options.preloadPath,
    iconPath,
    devTools: !app.isPackaged,
  });
  installCrashHandlers({
    logger: options.logger ?? consoleLogger,
    process,
    app,
    appWebContents: () => window.webContents(),
    tellOwner: ({ title, body }) => new Notification({ title, body, icon: iconPath }).show(),
    locale: () => service.getState().locale,
  });
  const updater = startDesktopUpdater({
    logger: options.logger ?? consoleLogger,
    problemOpen: () => service.getState().openIncidents.length > 0,
    confirmRestart: () => confirmRestartDuringProblem(service.getState().locale),
  });
  const loginBackend = loginItemBackend(app, options.platform);
  const loginItem = createLoginItem({
    service,
    backend: loginBackend,
    onChange: () => tray.refreshMenu(),
  });
  const tray = createAppTray(service.getState(), {
    assetsDir: options.assetsDir,
    platform: options.platform,
    isStartAtLogin: () => loginItem.isEnabled(),
    updateStatus: () => updater.status(),
    actions: {
      openWindow: (route) => window.show(route),
      checkAllNow: () => void service.handle('checks.runNow', {}),
      snooze: (duration) => void service.handle('monitoring.snooze', { duration }),
      resumeAlerts: () => void service.handle('monitoring.resume', {}),
      setStartAtLogin: (enabled) => void loginItem.setEnabled(enabled),
      installUpdate: () =>
        void updater.install().then((outcome) => {
          // From the tray there is no banner to say it, so the desktop does.
          if (outcome !== 'failed') return;
          const texts = pickCatalog(updateCatalogs, service.getState().locale).banner;
          new Notification({ title: texts.restart, body: texts.failed, icon: iconPath }).show();
        }),
      quit: () => app.quit(),
    },
  });
  await loginItem.syncFromSettings();

  const stops = [
    startNotifications({
      service,
      openWindow: (route) => window.show(route),
      iconPath,
    }),
    registerApiIpc({
      service,
      mainHandlers: {
        'app.openExternal': openExternalLink,
        'settings.set': loginItem.saveSettings,
        'app.savePdf': (request) => saveWindowAsPdf(window.webContents(), request),
        'app.updateStatus': async () => ({ ok: true, value: updater.status() }),
        'app.installUpdate': async () => ({ ok: true, value: { outcome: await updater.install() } }),
        ...desktopFeatureHandlers({
          logFile: options.logger?.file ?? null,
          dataFolder: app.getPath('userData'),
          canStartAtLogin: loginBackend !== null,
        }),
      },
      isTrusted: (event) => isTrustedSender(event, window.webContents(), location.isAppUrl),
    }),
    service.subscribe((state) => {
      tray.update(state);
      window.sendState(state);
    }),
    watchPower(service),
    updater.subscribe((status) => {
      tray.refreshMenu();
      window.sendUpdate(status);
    }),
    () => updater.stop(),
  ];
  // The state may have moved on while the login item was being read.
  tray.update(service.getState());

  app.on('second-instance', () => window.show());
  app.on('activate', () => window.show());
  let stopped = false;
  app.on('before-quit', (event) => {
    if (stopped) return;
    // Let the service finish writing before the process ends, then quit for real.
    event.preventDefault();
    stopped = true;
    for (const stop of stops) stop();
    tray.destroy();
    service
      .stop()
      .catch((error: unknown) => console.error('the service did not stop cleanly', error))
      .finally(() => app.quit());
  });

  const openedAtLogin =
    options.argv.includes(HIDDEN_ARGUMENT) ||
    (options.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin);
  if (!openedAtLogin) window.show();
  await showStartupNotices(service.startupNotices, service.getState().locale);
}
