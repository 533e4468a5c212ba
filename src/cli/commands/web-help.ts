import { interpolate } from '../../shared/i18n/interpolate';
import type { WebCommandTexts, WebOptionName } from './web-texts';

const OPTION_SYNTAX: Record<WebOptionName, string> = {
  port: '--port <number>',
  dataDir: '--data-dir <folder>',
  config: '--config <file>',
  lang: '--lang en|nl',
  informal: '--informal',
  help: '-h, --help',
};

export function webHelp(texts: WebCommandTexts, usageLabel: string, defaultDataDir: string): string {
  const rows = Object.entries(OPTION_SYNTAX) as [WebOptionName, string][];
  const width = Math.max(...rows.map(([, syntax]) => syntax.length)) + 3;
  return [
    `${usageLabel} ${texts.usage}`,
    '',
    texts.description,
    '',
    texts.optionsHeading,
    ...rows.map(
      ([name, syntax]) => `  ${syntax.padEnd(width)}${interpolate(texts.options[name], { defaultDataDir })}`,
    ),
    '',
  ].join('\n');
}
