import { createBackOnlineService } from '../../core/service/index';
import type { ServiceOptions } from '../../core/service/index';
import type { BackOnlineService } from '../../core/service-contract';
import { DatabaseTooNewError } from '../../core/service-contract';
import { defaultDataDir } from '../../core/store/data-dir';
import { StorageError } from '../../core/store/storage-error';
import { createFileLog } from '../../core/log/file-log';
import { errorFields } from '../../core/log/logger';
import type { Logger } from '../../core/log/logger';
import type { ApiParsedRequest } from '../../shared/api-contract';
import { cliCatalogs } from '../../shared/i18n/cli';
import { pickCatalog } from '../../shared/i18n/interpolate';
import { storageFailureText } from '../../shared/i18n/storage-problems';
import type { Locale } from '../../shared/locale';
import type { ConfigFile } from '../../shared/settings';
import type { CliIo } from '../cli-io';
import { EXIT_CODES } from '../exit-codes';
import type { ServiceArgs } from './service-args';
import { readConfigFile } from './service-config';
import { noticeLine, problemLine, ServiceCommandProblem } from './service-problem';
import type { ServiceProblem } from './service-texts';
import { serviceCommandCatalogs } from './service-texts';

/** A fault inside the running service is reported at most this often, so a stuck disk cannot flood the terminal. */
const RUNTIME_ERROR_QUIET_MS = 60_000;
/** Longer than any run; only there so that waiting for a signal keeps Node alive. */
const KEEP_ALIVE_MS = 2 ** 30;

export interface ServiceCommandDeps {
  createService(
    options: Pick<ServiceOptions, 'dataDir' | 'config' | 'locale' | 'reportError' | 'logger'>,
  ): Promise<BackOnlineService>;
  defaultDataDir(): string;
  /** Resolves when the owner asks to stop (Ctrl+C, or a service manager's SIGTERM). */
  waitForStop(): Promise<void>;
  /** The log the service writes to; the rotating file in the data folder unless a test says otherwise. */
  openLog?(dataDir: string): Logger;
}

/**
 * Resolves on SIGINT or SIGTERM. The service's timers do not keep Node running (so tests and the desktop
 * app can end), and neither do signal listeners; a command waiting here must keep the process alive itself.
 */
export function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const keepAlive = setInterval(() => undefined, KEEP_ALIVE_MS);
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      clearInterval(keepAlive);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const defaultServiceCommandDeps: ServiceCommandDeps = {
  createService: createBackOnlineService,
  defaultDataDir: () => defaultDataDir(),
  waitForStop: untilSignal,
};

const openFileLog = (dataDir: string): Logger => createFileLog(dataDir, { processName: 'command line' });

export type StartedService =
  { ok: true; service: BackOnlineService; logger: Logger } | { ok: false; exitCode: number };

/** Thrown when the language asked for on the command line could not be saved. */
class LanguageNotSavedError extends Error {}

/** The service reports faults it survives; the owner hears of them in words, and not over and over. */
function runtimeErrorReporter(io: CliIo, locale: Locale): (error: unknown) => void {
  const line = `${pickCatalog(cliCatalogs, locale).program}: ${pickCatalog(serviceCommandCatalogs, locale).runtimeError}\n`;
  let lastReportedAt = -Infinity;
  return () => {
    if (Date.now() - lastReportedAt < RUNTIME_ERROR_QUIET_MS) return;
    lastReportedAt = Date.now();
    io.writeErr(line);
  };
}

async function createAndStart(
  deps: ServiceCommandDeps,
  args: ServiceArgs,
  config: ConfigFile | undefined,
  io: CliIo,
  logger: Logger,
  beforeStart: (service: BackOnlineService) => void,
): Promise<BackOnlineService> {
  const service = await deps.createService({
    dataDir: args.dataDir ?? deps.defaultDataDir(),
    ...(config ? { config } : {}),
    // Only a first run takes this; afterwards the language in the owner's settings wins.
    locale: args.locale,
    reportError: runtimeErrorReporter(io, args.locale),
    logger,
  });
  try {
    beforeStart(service);
    await service.start();
    // --lang and --informal are the owner's choice, like the language switch in the window: they are kept.
    const chosen: ApiParsedRequest<'settings.set'> = {
      ...(args.languageChosen ? { language: args.locale.language } : {}),
      ...(args.locale.formality === 'informal' ? { formality: 'informal' as const } : {}),
    };
    if (Object.keys(chosen).length > 0) {
      const saved = await service.handle('settings.set', chosen);
      if (!saved.ok) throw new LanguageNotSavedError();
    }
  } catch (error) {
    await service.stop().catch(() => undefined);
    throw error;
  }
  return service;
}

/**
 * Reads the `--config` file, opens the data folder and starts the service, then tells the owner what
 * start-up had to repair. Every failure is written as one translated line: a config mistake exits 2, a
 * database from a newer Back Online or any other start failure exits 3. `beforeStart` runs once the
 * service exists and before it checks anything, so a listener it adds misses no event.
 */
export async function startCommandService(
  deps: ServiceCommandDeps,
  args: ServiceArgs,
  io: CliIo,
  beforeStart: (service: BackOnlineService) => void = () => undefined,
): Promise<StartedService> {
  const texts = pickCatalog(serviceCommandCatalogs, args.locale);
  const fail = (problem: ServiceCommandProblem<ServiceProblem>, exitCode: number): StartedService => {
    io.writeErr(problemLine(texts.problems, args.locale, problem));
    return { ok: false, exitCode };
  };

  let config: ConfigFile | undefined;
  try {
    config = args.configFile === undefined ? undefined : await readConfigFile(args.configFile, io);
  } catch (error) {
    if (error instanceof ServiceCommandProblem) return fail(error, EXIT_CODES.usage);
    throw error;
  }

  const dataDir = args.dataDir ?? deps.defaultDataDir();
  const logger = (deps.openLog ?? openFileLog)(dataDir);
  logger.info('command_line_started', { pid: process.pid, node: process.version, dataDir });
  let service: BackOnlineService;
  try {
    service = await createAndStart(deps, args, config, io, logger, beforeStart);
  } catch (error) {
    logger.error('start_failed', errorFields(error));
    if (error instanceof StorageError) {
      io.writeErr(
        `${pickCatalog(cliCatalogs, args.locale).program}: ${storageFailureText(error, args.locale)}\n`,
      );
      return { ok: false, exitCode: EXIT_CODES.internal };
    }
    return fail(
      error instanceof DatabaseTooNewError
        ? new ServiceCommandProblem('database_too_new', { path: error.path })
        : new ServiceCommandProblem('start_failed'),
      EXIT_CODES.internal,
    );
  }
  for (const notice of service.startupNotices) io.writeErr(noticeLine(args.locale, notice));
  return { ok: true, service, logger };
}
