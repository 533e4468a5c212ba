import { interpolate } from '../../shared/i18n/interpolate';
import type { ServiceCommandTexts, ServiceOptionName } from './service-texts';

export interface HelpTexts {
  usage: string;
  description: string;
  optionsHeading: string;
}

/** One row of the options table: how the option is written and what it does. */
export type HelpRow = readonly [syntax: string, meaning: string];

export const SERVICE_OPTION_SYNTAX: Record<ServiceOptionName, string> = {
  dataDir: '--data-dir <folder>',
  config: '--config <file>',
  lang: '--lang en|nl',
  informal: '--informal',
  help: '-h, --help',
};

/** Two columns, the left one padded to its longest entry, as every help screen lists things. */
export function helpTable(rows: readonly HelpRow[]): string[] {
  const width = Math.max(...rows.map(([syntax]) => syntax.length)) + 3;
  return rows.map(([syntax, meaning]) => `  ${syntax.padEnd(width)}${meaning}`);
}

/** A command's help: the usage line, what it does and a table of its options. */
export function commandHelp(usageLabel: string, texts: HelpTexts, rows: readonly HelpRow[]): string {
  return [
    `${usageLabel} ${texts.usage}`,
    '',
    texts.description,
    '',
    texts.optionsHeading,
    ...helpTable(rows),
    '',
  ].join('\n');
}

/** The help of a command that runs the service: its own options first, then the ones all such commands share. */
export function serviceCommandHelp(
  usageLabel: string,
  texts: HelpTexts,
  serviceTexts: ServiceCommandTexts,
  defaultDataDir: string,
  ownRows: readonly HelpRow[],
): string {
  const shared = (Object.keys(SERVICE_OPTION_SYNTAX) as ServiceOptionName[]).map((name): HelpRow => [
    SERVICE_OPTION_SYNTAX[name],
    interpolate(serviceTexts.options[name], { defaultDataDir }),
  ]);
  return commandHelp(usageLabel, texts, [...ownRows, ...shared]);
}
