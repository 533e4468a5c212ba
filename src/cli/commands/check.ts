import { runCheck, createCheckDeps } from '../../core/checks/index';
import { diagnose } from '../../core/diagnosis/diagnose';
import { DEFAULT_CHECK_OPTIONS } from '../../shared/check-options';
import type { CheckOptions } from '../../shared/check-options';
import { cliCatalogs } from '../../shared/i18n/cli';
import { pickCatalog } from '../../shared/i18n/interpolate';
import type { CliCommand } from '../command';
import { renderHumanReport } from '../output/human-report';
import { renderJsonReport } from '../output/json-report';
import { EXIT_CODES } from '../exit-codes';
import { exitCodeFor } from '../output/overall';
import { coloursWanted, createStyle } from '../output/style';
import { readCaFiles } from './ca-files';
import { parseCheckArgs } from './check-args';
import { checkHelp } from './check-help';
import { introducedBy } from './command-intro';

/** `back-online check <target>...`: every target checked once, at the same time, and explained. */
export const checkCommand: CliCommand = {
  ...introducedBy((locale) => pickCatalog(cliCatalogs, locale).check),
  async run(args, { io }) {
    const parsed = parseCheckArgs(args, io.env);
    const texts = pickCatalog(cliCatalogs, parsed.locale);
    if (parsed.help) {
      io.writeOut(checkHelp(texts));
      return EXIT_CODES.ok;
    }
    const options: CheckOptions = {
      ...DEFAULT_CHECK_OPTIONS,
      timeoutMs: parsed.timeoutMs ?? DEFAULT_CHECK_OPTIONS.timeoutMs,
      keyword: parsed.keyword,
      resolver: parsed.resolver,
      extraCaPem: await readCaFiles(parsed.caFiles, io),
    };
    const deps = createCheckDeps();
    const results = await Promise.all(
      parsed.targets.map(({ target, text }) => runCheck(target, text, options, deps)),
    );
    const diagnosed = results.map((result) => ({ result, diagnosis: diagnose(result, parsed.locale) }));
    io.writeOut(
      parsed.json
        ? renderJsonReport(diagnosed)
        : renderHumanReport(diagnosed, texts, parsed.locale.language, createStyle(coloursWanted(io))),
    );
    return exitCodeFor(diagnosed.map((item) => item.diagnosis.status));
  },
};
