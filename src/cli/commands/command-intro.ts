import type { Locale } from '../../shared/locale';
import type { CliCommand } from '../command';

/** The texts every command introduces itself with: in the general help and under a usage error. */
export interface CommandIntroTexts {
  summary: string;
  usage: string;
  helpHint: string;
}

export function introducedBy(
  textsFor: (locale: Locale) => CommandIntroTexts,
): Pick<CliCommand, 'summary' | 'usage'> {
  return {
    summary: (locale) => textsFor(locale).summary,
    usage(locale) {
      const texts = textsFor(locale);
      return { line: texts.usage, hint: texts.helpHint };
    },
  };
}
