import { cliCatalogs } from '../../shared/i18n/cli';
import { pickCatalog } from '../../shared/i18n/interpolate';
import { startWebServer } from '../../web/server';
import type { CliCommand } from '../command';
import { EXIT_CODES } from '../exit-codes';
import { introducedBy } from './command-intro';
import { serviceCommandHelp } from './command-help';
import { builtRendererDir } from './package-root';
import { ServiceCommandProblem, problemLine } from './service-problem';
import type { ServiceCommandDeps } from './service-startup';
import { defaultServiceCommandDeps, startCommandService } from './service-startup';
import { serviceCommandCatalogs } from './service-texts';
import type { WebArgs } from './web-args';
import { parseWebArgs } from './web-args';
import type { WebProblem } from './web-texts';
import { webCommandCatalogs } from './web-texts';
import { errorFields } from '../../core/log/logger';

export interface WebCommandDeps extends ServiceCommandDeps {
  startWebServer: typeof startWebServer;
  /** The built renderer, or null when it is missing. */
  rendererDir(): string | null;
}

export const defaultWebCommandDeps: WebCommandDeps = {
  ...defaultServiceCommandDeps,
  startWebServer,
  rendererDir: () => builtRendererDir(),
};

/** `back-online web`: the core service plus the web server, until Ctrl+C. */
export function createWebCommand(deps: WebCommandDeps = defaultWebCommandDeps): CliCommand {
  return {
    ...introducedBy((locale) => pickCatalog(webCommandCatalogs, locale)),
    async run(argv, { io, locale: requested }) {
      let args: WebArgs;
      try {
        args = parseWebArgs(argv, io.env);
      } catch (error) {
        if (!(error instanceof ServiceCommandProblem)) throw error;
        const texts = pickCatalog(webCommandCatalogs, requested);
        io.writeErr(problemLine(texts.problems, requested, error));
        io.writeErr(`${pickCatalog(cliCatalogs, requested).usageLabel} ${texts.usage}\n${texts.helpHint}\n`);
        return EXIT_CODES.usage;
      }
      const locale = args.locale;
      const texts = pickCatalog(webCommandCatalogs, locale);
      const serviceTexts = pickCatalog(serviceCommandCatalogs, locale);
      const fail = (problem: WebProblem, exitCode: number, params: Record<string, string> = {}) => {
        io.writeErr(problemLine(texts.problems, locale, new ServiceCommandProblem(problem, params)));
        return exitCode;
      };
      if (args.help) {
        io.writeOut(
          serviceCommandHelp(
            pickCatalog(cliCatalogs, locale).usageLabel,
            texts,
            serviceTexts,
            deps.defaultDataDir(),
            [['--port <number>', texts.options.port]],
          ),
        );
        return EXIT_CODES.ok;
      }
      const rendererDir = deps.rendererDir();
      if (rendererDir === null) return fail('not_built', EXIT_CODES.usage);

      const started = await startCommandService(deps, args, io);
      if (!started.ok) return started.exitCode;
      const { service, logger } = started;

      let server: Awaited<ReturnType<typeof startWebServer>>;
      try {
        server = await deps.startWebServer({
          handler: service,
          rendererDir,
          port: args.port,
          locale: () => service.getState().locale,
          onError: (error) => logger.error('web_request_failed', errorFields(error)),
        });
      } catch (error) {
        logger.error('web_start_failed', errorFields(error));
        await service.stop();
        const inUse = (error as NodeJS.ErrnoException | null)?.code === 'EADDRINUSE';
        if (inUse) return fail('port_in_use', EXIT_CODES.usage, { port: String(args.port) });
        io.writeErr(problemLine(serviceTexts.problems, locale, new ServiceCommandProblem('start_failed')));
        return EXIT_CODES.internal;
      }

      // The port only: the link carries the token, which no file may hold.
      logger.info('web_started', { port: server.port });
      io.writeOut(`${texts.running}\n\n  ${server.url}\n\n${texts.keepOpen}\n`);
      await deps.waitForStop();
      io.writeOut(`${serviceTexts.stopping}\n`);
      await server.close();
      await service.stop();
      return EXIT_CODES.ok;
    },
  };
}

export const webCommand = createWebCommand();
