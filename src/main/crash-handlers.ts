import type { App, RenderProcessGoneDetails, WebContents, Details } from 'electron';
import type { Logger } from '../core/log/logger';
import { errorFields } from '../core/log/logger';
import { crashNoticeCatalogs } from '../shared/i18n/crash-notice';
import { pickCatalog } from '../shared/i18n/interpolate';
import type { Locale } from '../shared/locale';

export interface CrashHandlerDeps {
  logger: Logger;
  process: Pick<NodeJS.Process, 'on'>;
  app: Pick<App, 'on'>;
  /** The app window's page, if there is one: only its crash is reloaded and told. */
  appWebContents(): WebContents | null;
  tellOwner(notice: { title: string; body: string }): void;
  locale(): Locale;
}

/**
 * Nothing that goes wrong in main or in a child process may vanish: each is logged for the owner's IT
 * partner. A crashed window is opened again, and the owner is told in plain words, since they saw it go.
 */
export function installCrashHandlers(deps: CrashHandlerDeps): void {
  const { logger } = deps;
  deps.process.on('uncaughtException', (error) => logger.error('uncaught_exception', errorFields(error)));
  deps.process.on('unhandledRejection', (reason) => logger.error('unhandled_rejection', errorFields(reason)));
  deps.app.on('render-process-gone', (_event, contents: WebContents, details: RenderProcessGoneDetails) => {
    logger.error('render_process_gone', { reason: details.reason, exitCode: details.exitCode });
    if (details.reason === 'clean-exit' || contents !== deps.appWebContents() || contents.isDestroyed())
      return;
    contents.reload();
    logger.info('window_reloaded');
    deps.tellOwner(pickCatalog(crashNoticeCatalogs, deps.locale()).windowReloaded);
  });
  deps.app.on('child-process-gone', (_event, details: Details) =>
    logger.error('child_process_gone', {
      type: details.type,
      reason: details.reason,
      exitCode: details.exitCode,
      name: details.name,
    }),
  );
}
