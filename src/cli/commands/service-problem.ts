import type { StartupNotice } from '../../core/service-contract';
import { cliCatalogs } from '../../shared/i18n/cli';
import { interpolate, pickCatalog } from '../../shared/i18n/interpolate';
import type { Locale } from '../../shared/locale';
import { serviceCommandCatalogs } from './service-texts';

/**
 * Something a command has words for that is not a plain usage error: a config file with a mistake, a
 * database from a newer version, a port in use. `problem` names the text in the command's catalog.
 */
export class ServiceCommandProblem<P extends string = string> extends Error {
  constructor(
    readonly problem: P,
    readonly params: Record<string, string> = {},
  ) {
    super(problem);
    this.name = 'ServiceCommandProblem';
  }
}

/** One line for stderr: the program's name and the problem's translated text. */
export function problemLine<P extends string>(
  problems: Readonly<Record<P, string>>,
  locale: Locale,
  error: ServiceCommandProblem<P>,
): string {
  return `${pickCatalog(cliCatalogs, locale).program}: ${interpolate(problems[error.problem], error.params)}\n`;
}

/** One line for stderr about something start-up had to repair, e.g. a damaged settings file set aside. */
export function noticeLine(locale: Locale, notice: StartupNotice): string {
  const template = pickCatalog(serviceCommandCatalogs, locale).notices[notice.code];
  return `${pickCatalog(cliCatalogs, locale).program}: ${interpolate(template, { path: notice.path })}\n`;
}
