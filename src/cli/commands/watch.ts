import { cliCatalogs } from '../../shared/i18n/cli';
import type { WatchTexts } from '../../shared/i18n/cli-watch';
import { watchCatalogs } from '../../shared/i18n/cli-watch';
import { pickCatalog, plural } from '../../shared/i18n/interpolate';
import type { CliCommand } from '../command';
import { EXIT_CODES } from '../exit-codes';
import { introducedBy } from './command-intro';
import { coloursWanted, createStyle } from '../output/style';
import { WatchPrinter } from '../watch/watch-printer';
import { serviceCommandHelp } from './command-help';
import type { ServiceCommandDeps } from './service-startup';
import { defaultServiceCommandDeps, startCommandService } from './service-startup';
import { serviceCommandCatalogs } from './service-texts';
import { parseWatchArgs } from './watch-args';

function watchingLine(texts: WatchTexts, count: number): string {
  if (count === 0) return texts.noMonitors;
  return plural(texts.watching, count);
}

/** `back-online watch`: the service in the terminal, one line per change, until Ctrl+C or SIGTERM. */
export function createWatchCommand(deps: ServiceCommandDeps = defaultServiceCommandDeps): CliCommand {
  return {
    ...introducedBy((locale) => pickCatalog(watchCatalogs, locale)),
    async run(argv, { io }) {
      const args = parseWatchArgs(argv, io.env);
      const locale = args.locale;
      const texts = pickCatalog(watchCatalogs, locale);
      const serviceTexts = pickCatalog(serviceCommandCatalogs, locale);
      if (args.help) {
        const usageLabel = pickCatalog(cliCatalogs, locale).usageLabel;
        io.writeOut(
          serviceCommandHelp(usageLabel, texts, serviceTexts, deps.defaultDataDir(), [
            ['--json', texts.options.json],
          ]),
        );
        return EXIT_CODES.ok;
      }

      const style = createStyle(!args.json && coloursWanted(io));
      let unsubscribe: () => void = () => undefined;
      const started = await startCommandService(deps, args, io, (service) => {
        const printer = new WatchPrinter({
          write: (text) => io.writeOut(text),
          texts,
          locale,
          json: args.json,
          style,
          openIncidents: () => service.getState().openIncidents,
        });
        const initial = service.getState();
        if (!args.json) io.writeOut(`${watchingLine(texts, initial.monitors.length)}\n`);
        printer.state(initial);
        unsubscribe = service.onEvent((event) => printer.handle(event));
      });
      if (!started.ok) return started.exitCode;
      const service = started.service;

      await deps.waitForStop();
      unsubscribe();
      if (!args.json) io.writeOut(`${serviceTexts.stopping}\n`);
      await service.stop();
      return EXIT_CODES.ok;
    },
  };
}

export const watchCommand = createWatchCommand();
