import { DatabaseTooNewError } from '../../core/service-contract';
import { defaultDataDir } from '../../core/store/data-dir';
import { cliCatalogs } from '../../shared/i18n/cli';
import { incidentsCatalogs } from '../../shared/i18n/cli-incidents';
import { interpolate, pickCatalog } from '../../shared/i18n/interpolate';
import type { CliCommand } from '../command';
import { EXIT_CODES } from '../exit-codes';
import { introducedBy } from './command-intro';
import type { IncidentHistory } from '../incidents/read-incidents';
import { readIncidentHistory } from '../incidents/read-incidents';
import { renderIncidentsHuman, renderIncidentsJson } from '../incidents/incidents-report';
import { coloursWanted, createStyle } from '../output/style';
import { commandHelp, SERVICE_OPTION_SYNTAX } from './command-help';
import { parseIncidentsArgs } from './incidents-args';
import { noticeLine, problemLine, ServiceCommandProblem } from './service-problem';
import { serviceCommandCatalogs } from './service-texts';

/** Enough to see the recent past at a glance; `--all` lifts it. */
export const INCIDENT_LIST_LIMIT = 50;

export interface IncidentsCommandDeps {
  defaultDataDir(): string;
}

/** `back-online incidents`: the recorded incidents with their timelines, read straight from the database. */
export function createIncidentsCommand(
  deps: IncidentsCommandDeps = { defaultDataDir: () => defaultDataDir() },
): CliCommand {
  return {
    ...introducedBy((locale) => pickCatalog(incidentsCatalogs, locale)),
    async run(argv, { io }) {
      const args = parseIncidentsArgs(argv, io.env);
      const locale = args.locale;
      const texts = pickCatalog(incidentsCatalogs, locale);
      const cliTexts = pickCatalog(cliCatalogs, locale);
      const serviceTexts = pickCatalog(serviceCommandCatalogs, locale);
      if (args.help) {
        io.writeOut(
          commandHelp(cliTexts.usageLabel, texts, [
            [
              SERVICE_OPTION_SYNTAX.dataDir,
              interpolate(serviceTexts.options.dataDir, { defaultDataDir: deps.defaultDataDir() }),
            ],
            ['--all', interpolate(texts.options.all, { limit: INCIDENT_LIST_LIMIT })],
            ['--json', texts.options.json],
            [SERVICE_OPTION_SYNTAX.lang, cliTexts.check.options.lang],
            [SERVICE_OPTION_SYNTAX.informal, cliTexts.check.options.informal],
            [SERVICE_OPTION_SYNTAX.help, serviceTexts.options.help],
          ]),
        );
        return EXIT_CODES.ok;
      }

      const limit = args.all ? null : INCIDENT_LIST_LIMIT;
      let history: IncidentHistory;
      try {
        history = readIncidentHistory(
          args.dataDir ?? deps.defaultDataDir(),
          limit ?? Number.MAX_SAFE_INTEGER,
        );
      } catch (error) {
        if (!(error instanceof DatabaseTooNewError)) throw error;
        const problem = new ServiceCommandProblem('database_too_new', { path: error.path });
        io.writeErr(problemLine(serviceTexts.problems, locale, problem));
        return EXIT_CODES.internal;
      }
      for (const notice of history.notices) io.writeErr(noticeLine(locale, notice));
      io.writeOut(
        args.json
          ? renderIncidentsJson(history.incidents)
          : renderIncidentsHuman(history.incidents, texts, locale, createStyle(coloursWanted(io)), limit),
      );
      return EXIT_CODES.ok;
    },
  };
}

export const incidentsCommand = createIncidentsCommand();
