import type { CatalogSet } from '../../shared/i18n/interpolate';
import { pickCatalog } from '../../shared/i18n/interpolate';
import type { CliCommand } from '../command';

/** The texts every command introduces itself with: in the general help and under a usage error. */
export interface CommandIntroTexts {
  summary: string;
  usage: string;
  helpHint: string;
}

export function introducedBy(catalogs: CatalogSet<CommandIntroTexts>): Pick<CliCommand, 'summary' | 'usage'> {
  return {
    summary: (locale) => pickCatalog(catalogs, locale).summary,
    usage(locale) {
      const texts = pickCatalog(catalogs, locale);
      return { line: texts.usage, hint: texts.helpHint };
    },
  };
}
