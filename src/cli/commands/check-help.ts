import { DEFAULT_CHECK_OPTIONS } from '../../shared/check-options';
import type { CheckOptionName, CliTexts } from '../../shared/i18n/cli';
import { interpolate } from '../../shared/i18n/interpolate';
import type { TargetKind } from '../../shared/target';
import { helpTable } from './command-help';

const TARGET_SYNTAX: Record<TargetKind, string> = {
  http: 'shop.example.nl[/page]',
  tcp: 'host:port',
  tls: 'tls://host[:port]',
  dns: 'dns://name',
  process: 'process://name',
  service: 'service://name',
  disk: 'disk://<mount path>',
};

const OPTION_SYNTAX: Record<CheckOptionName, string> = {
  json: '--json',
  lang: '--lang en|nl',
  informal: '--informal',
  timeout: '--timeout <seconds>',
  keyword: '--keyword <text>',
  resolver: '--resolver <ip[:port]>',
  ca: '--ca <pem file>',
  help: '-h, --help',
};

export function checkHelp(texts: CliTexts): string {
  const help = texts.check;
  const defaultTimeout = DEFAULT_CHECK_OPTIONS.timeoutMs / 1000;
  return [
    `${texts.usageLabel} ${help.usage}`,
    '',
    help.description,
    '',
    help.targetsHeading,
    ...helpTable(
      Object.entries(TARGET_SYNTAX).map(([kind, syntax]) => [syntax, help.targets[kind as TargetKind]]),
    ),
    '',
    help.optionsHeading,
    ...helpTable(
      Object.entries(OPTION_SYNTAX).map(([name, syntax]) => [
        syntax,
        interpolate(help.options[name as CheckOptionName], { defaultTimeout }),
      ]),
    ),
    '',
    help.exitCodesHeading,
    `  ${help.exitCodes}`,
    '',
  ].join('\n');
}
