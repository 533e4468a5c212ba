import { createBackOnlineService } from '../../core/service/index';
import type { BackOnlineService } from '../../core/service-contract';
import { DatabaseTooNewError } from '../../core/service-contract';
import { defaultDataDir } from '../../core/store/data-dir';
import type { ApiParsedRequest } from '../../shared/api-contract';
import { cliCatalogs } from '../../shared/i18n/cli';
import { interpolate, pickCatalog } from '../../shared/i18n/interpolate';
import type { Locale } from '../../shared/locale';
import type { ConfigFile } from '../../shared/settings';
import { startWebServer } from '../../web/server';
import type { CliCommand } from '../command';
import { EXIT_CODES } from '../exit-codes';
import { builtRendererDir } from './package-root';
import { readConfigFile } from './web-config';
import type { WebArgs } from './web-args';
import { parseWebArgs, WebProblemError } from './web-args';
import { webHelp } from './web-help';
import type { WebCommandTexts } from './web-texts';
import { webCommandCatalogs } from './web-texts';

export interface WebCommandDeps {
  createService(options: {
    dataDir: string;
    config?: ConfigFile;
    locale?: Locale;
  }): Promise<BackOnlineService>;
  startWebServer: typeof startWebServer;
  /** The built renderer, or null when it is missing. */
  rendererDir(): string | null;
  defaultDataDir(): string;
  /** Resolves when the owner asks to stop (Ctrl+C, or a service manager's SIGTERM). */
  waitForStop(): Promise<void>;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const defaultWebCommandDeps: WebCommandDeps = {
  createService: createBackOnlineService,
  startWebServer,
  rendererDir: () => builtRendererDir(),
  defaultDataDir: () => defaultDataDir(),
  waitForStop: untilSignal,
};

function problemLine(texts: WebCommandTexts, locale: Locale, error: WebProblemError): string {
  return `${pickCatalog(cliCatalogs, locale).program}: ${interpolate(texts.problems[error.problem], error.params)}\n`;
}

/** Thrown when the language asked for on the command line could not be saved. */
class LanguageNotSavedError extends Error {}

async function startService(
  deps: WebCommandDeps,
  args: Extract<WebArgs, { help: false }>,
  config: ConfigFile | undefined,
  dataDir: string,
): Promise<BackOnlineService> {
  const service = await deps.createService({
    dataDir,
    ...(config ? { config } : {}),
    // Only a first run takes this; afterwards the language in the owner's settings wins.
    locale: args.locale,
  });
  try {
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

/** `back-online web`: the core service plus the web server, until Ctrl+C. */
export function createWebCommand(deps: WebCommandDeps = defaultWebCommandDeps): CliCommand {
  return {
    summary: (locale) => pickCatalog(webCommandCatalogs, locale).summary,
    usage(locale) {
      const texts = pickCatalog(webCommandCatalogs, locale);
      return { line: texts.usage, hint: texts.helpHint };
    },
    async run(argv, { io, locale: requested }) {
      let texts = pickCatalog(webCommandCatalogs, requested);
      let args: WebArgs;
      try {
        args = parseWebArgs(argv, io.env);
      } catch (error) {
        if (!(error instanceof WebProblemError)) throw error;
        const cliTexts = pickCatalog(cliCatalogs, requested);
        io.writeErr(problemLine(texts, requested, error));
        io.writeErr(`${cliTexts.usageLabel} ${texts.usage}\n${texts.helpHint}\n`);
        return EXIT_CODES.usage;
      }
      texts = pickCatalog(webCommandCatalogs, args.locale);
      const locale = args.locale;
      const fail = (error: WebProblemError, exitCode: number) => {
        io.writeErr(problemLine(texts, locale, error));
        return exitCode;
      };
      if (args.help) {
        io.writeOut(webHelp(texts, pickCatalog(cliCatalogs, args.locale).usageLabel, deps.defaultDataDir()));
        return EXIT_CODES.ok;
      }
      const rendererDir = deps.rendererDir();
      if (rendererDir === null) return fail(new WebProblemError('not_built'), EXIT_CODES.usage);

      let configFile: ConfigFile | undefined;
      try {
        configFile = args.configFile === undefined ? undefined : await readConfigFile(args.configFile, io);
      } catch (error) {
        if (error instanceof WebProblemError) return fail(error, EXIT_CODES.usage);
        throw error;
      }

      let service: BackOnlineService;
      try {
        service = await startService(deps, args, configFile, args.dataDir ?? deps.defaultDataDir());
      } catch (error) {
        const failure =
          error instanceof DatabaseTooNewError
            ? new WebProblemError('database_too_new', { path: error.path })
            : new WebProblemError('start_failed');
        return fail(failure, EXIT_CODES.internal);
      }
      for (const notice of service.startupNotices)
        io.writeErr(
          `${pickCatalog(cliCatalogs, locale).program}: ${interpolate(texts.notices[notice.code], { path: notice.path })}\n`,
        );

      let server: Awaited<ReturnType<typeof startWebServer>>;
      try {
        server = await deps.startWebServer({
          handler: service,
          rendererDir,
          port: args.port,
          locale: () => service.getState().locale,
        });
      } catch (error) {
        await service.stop();
        const inUse = (error as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE';
        return inUse
          ? fail(new WebProblemError('port_in_use', { port: String(args.port) }), EXIT_CODES.usage)
          : fail(new WebProblemError('start_failed'), EXIT_CODES.internal);
      }

      io.writeOut(`${texts.running}\n\n  ${server.url}\n\n${texts.keepOpen}\n`);
      await deps.waitForStop();
      io.writeOut(`${texts.stopping}\n`);
      await server.close();
      await service.stop();
      return EXIT_CODES.ok;
    },
  };
}

export const webCommand = createWebCommand();
