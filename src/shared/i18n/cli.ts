import type { CheckStatus } from '../check-result';
import type { DiagnosisContactRole } from '../diagnosis';
import type { TargetKind, TargetParseError } from '../target';
import type { CatalogSet } from './interpolate';

export const CHECK_OPTION_NAMES = [
  'json',
  'lang',
  'informal',
  'timeout',
  'keyword',
  'resolver',
  'ca',
  'help',
] as const;
export type CheckOptionName = (typeof CHECK_OPTION_NAMES)[number];

/** Every usage error the command line can report; each names what to fix. */
export const CLI_USAGE_ERRORS = [
  'no_command',
  'unknown_command',
  'unknown_option',
  'missing_value',
  'unexpected_value',
  'no_targets',
  'invalid_target',
  'invalid_lang',
  'invalid_timeout',
  'invalid_keyword',
  'invalid_resolver',
  'ca_unreadable',
  'ca_not_pem',
] as const;
export type CliUsageErrorCode = (typeof CLI_USAGE_ERRORS)[number];

export interface CliTexts {
  /** Prefix of every error line, e.g. "back-online: Unknown option --x." */
  program: string;
  usageLabel: string;
  general: { description: string; usage: string; commandsHeading: string; helpHint: string };
  check: {
    summary: string;
    usage: string;
    description: string;
    targetsHeading: string;
    targets: Record<TargetKind, string>;
    optionsHeading: string;
    options: Record<CheckOptionName, string>;
    exitCodesHeading: string;
    exitCodes: string;
    helpHint: string;
  };
  errors: Record<CliUsageErrorCode, string>;
  targetErrors: Record<TargetParseError, string>;
  /** An error nobody planned for; says what to do, never what broke inside. */
  internalError: string;
  report: {
    status: Record<CheckStatus, string>;
    nextSteps: string;
    contact: string;
    contactRoles: Record<DiagnosisContactRole, string>;
    milliseconds: string;
    seconds: string;
    summary: string;
    summaryParts: Record<CheckStatus, string>;
  };
}

const en: CliTexts = {
  program: 'back-online',
  usageLabel: 'Usage:',
  general: {
    description:
      'Back Online checks your website and business systems and says in plain words what is wrong.',
    usage: 'back-online <command> [options]',
    commandsHeading: 'Commands:',
    helpHint: 'Run "back-online <command> --help" for the options of a command.',
  },
  check: {
    summary: 'check targets once and explain what is wrong',
    usage: 'back-online check [options] <target>...',
    description:
      'Checks every target once, at the same time, and tells for each what is wrong and what to do next.',
    targetsHeading: 'Targets:',
    targets: {
      http: 'a website or web page, over https (write http://… for plain http)',
      tcp: 'a port that should accept connections (also tcp://host:port)',
      tls: 'a security certificate (port 443 when left out)',
      dns: 'a domain name that should be found',
      process: 'a program that should be running on this computer',
      service: 'a background service that should be running',
      disk: 'a disk that should have free space, e.g. disk:///',
    },
    optionsHeading: 'Options:',
    options: {
      json: 'print the results as JSON',
      lang: 'language of the texts (default: the system language)',
      informal: 'informal Dutch ("je" instead of "u")',
      timeout: 'give up on a target after this many seconds (1–120, default {defaultTimeout})',
      keyword: 'text that must appear on the web pages',
      resolver: 'DNS server for every name lookup of this run',
      ca: 'also trust the certificate authorities in this PEM file (may be repeated)',
      help: 'show this help',
    },
    exitCodesHeading: 'Exit codes:',
    exitCodes: '0 nothing is down · 1 something is down · 2 wrong usage · 3 internal error',
    helpHint: 'Run "back-online check --help" for all targets and options.',
  },
  errors: {
    no_command: 'Say what to do, for example "back-online check https://your-shop.example".',
    unknown_command: 'There is no command "{command}".',
    unknown_option: 'There is no option {option}.',
    missing_value: 'The option {option} needs a value.',
    unexpected_value: 'The option {option} takes no value.',
    no_targets: 'Say what to check, for example "back-online check https://your-shop.example".',
    invalid_target: '"{target}" cannot be checked: {reason}',
    invalid_lang: 'The language "{value}" is not available; use en or nl.',
    invalid_timeout: 'The timeout "{value}" is not a number of seconds between 1 and 120.',
    invalid_keyword: 'The keyword must be between 1 and 500 characters long.',
    invalid_resolver:
      'The resolver "{value}" is not an IP address with an optional port, such as 192.168.1.1:53.',
    ca_unreadable: 'The certificate file "{file}" cannot be read.',
    ca_not_pem: 'The file "{file}" holds no certificate in PEM format ("-----BEGIN CERTIFICATE-----").',
  },
  targetErrors: {
    target_empty: 'the target is empty.',
    target_unknown_scheme:
      'write it as a web address (shop.example.nl), a host and port (192.168.1.20:9100), or start it with https://, http://, tcp://, tls://, dns://, process://, service:// or disk://.',
    target_invalid_url: 'this is not a valid web address.',
    target_missing_port: 'add a port number, for example tcp://host:5432.',
    target_invalid_port: 'the port must be a number between 1 and 65535.',
    target_missing_name: 'add a name after the ://.',
    target_invalid_encoding:
      'it holds a % that is not followed by two hexadecimal characters (such as %20 for a space); write the name as it is, without %.',
    target_has_credentials:
      "it contains a user name or password (name:password@…). Back Online never stores passwords: check a page that opens without logging in, or the server's port (tcp://host:443).",
    target_too_long: 'it is longer than 2,000 characters.',
  },
  internalError:
    'Something went wrong inside Back Online, so it could not finish. Please try again; if it keeps happening, report it to whoever supports Back Online for you.',
  report: {
    status: { up: 'OK', degraded: 'WARNING', down: 'DOWN', unknown: 'UNKNOWN' },
    nextSteps: 'What to do now:',
    contact: 'Who to call: {contact}',
    contactRoles: {
      hosting: 'your hosting company',
      registrar: 'your domain registrar',
      it_partner: 'your IT partner',
      internet_provider: 'your internet provider',
    },
    milliseconds: '{value} ms',
    seconds: '{value} s',
    summary: 'Checked {count}: {parts}.',
    summaryParts: {
      up: '{count} OK',
      degraded: '{count} with a warning',
      down: '{count} down',
      unknown: '{count} unknown',
    },
  },
};

const nl: CliTexts = {
  program: 'back-online',
  usageLabel: 'Gebruik:',
  general: {
    description:
      'Back Online controleert uw website en bedrijfssystemen en zegt in gewone woorden wat er mis is.',
    usage: 'back-online <opdracht> [opties]',
    commandsHeading: 'Opdrachten:',
    helpHint: 'Voer "back-online <opdracht> --help" uit voor de opties van een opdracht.',
  },
  check: {
    summary: 'doelen één keer controleren en uitleggen wat er mis is',
    usage: 'back-online check [opties] <doel>...',
    description:
      'Controleert elk doel één keer, allemaal tegelijk, en vertelt per doel wat er mis is en wat u nu kunt doen.',
    targetsHeading: 'Doelen:',
    targets: {
      http: 'een website of webpagina, via https (schrijf http://… voor gewone http)',
      tcp: 'een poort die verbindingen moet aannemen (ook tcp://host:poort)',
      tls: 'een beveiligingscertificaat (poort 443 als u die weglaat)',
      dns: 'een domeinnaam die gevonden moet worden',
      process: 'een programma dat op deze computer moet draaien',
      service: 'een achtergronddienst die moet draaien',
      disk: 'een schijf die vrije ruimte moet hebben, bijvoorbeeld disk:///',
    },
    optionsHeading: 'Opties:',
    options: {
      json: 'de resultaten als JSON tonen',
      lang: 'taal van de teksten (standaard: de taal van het systeem)',
      informal: 'informeel Nederlands ("je" in plaats van "u")',
      timeout: 'een doel opgeven na zoveel seconden (1–120, standaard {defaultTimeout})',
      keyword: 'tekst die op de webpagina’s moet staan',
      resolver: 'DNS-server voor elke naamopzoeking van deze controle',
      ca: 'ook de certificaatautoriteiten in dit PEM-bestand vertrouwen (mag vaker)',
      help: 'deze hulp tonen',
    },
    exitCodesHeading: 'Afsluitcodes:',
    exitCodes: '0 niets ligt eruit · 1 er ligt iets eruit · 2 verkeerd gebruik · 3 interne fout',
    helpHint: 'Voer "back-online check --help" uit voor alle doelen en opties.',
  },
  errors: {
    no_command: 'Zeg wat er moet gebeuren, bijvoorbeeld "back-online check https://uw-winkel.example".',
    unknown_command: 'De opdracht "{command}" bestaat niet.',
    unknown_option: 'De optie {option} bestaat niet.',
    missing_value: 'De optie {option} heeft een waarde nodig.',
    unexpected_value: 'De optie {option} neemt geen waarde.',
    no_targets:
      'Zeg wat er gecontroleerd moet worden, bijvoorbeeld "back-online check https://uw-winkel.example".',
    invalid_target: '"{target}" kan niet worden gecontroleerd: {reason}',
    invalid_lang: 'De taal "{value}" is niet beschikbaar; gebruik en of nl.',
    invalid_timeout: 'De time-out "{value}" is geen aantal seconden tussen 1 en 120.',
    invalid_keyword: 'Het trefwoord moet tussen 1 en 500 tekens lang zijn.',
    invalid_resolver: 'De resolver "{value}" is geen IP-adres met eventueel een poort, zoals 192.168.1.1:53.',
    ca_unreadable: 'Het certificaatbestand "{file}" kan niet worden gelezen.',
    ca_not_pem: 'Het bestand "{file}" bevat geen certificaat in PEM-formaat ("-----BEGIN CERTIFICATE-----").',
  },
  targetErrors: {
    target_empty: 'het doel is leeg.',
    target_unknown_scheme:
      'schrijf het als webadres (winkel.voorbeeld.nl), als host en poort (192.168.1.20:9100), of laat het beginnen met https://, http://, tcp://, tls://, dns://, process://, service:// of disk://.',
    target_invalid_url: 'dit is geen geldig webadres.',
    target_missing_port: 'voeg een poortnummer toe, bijvoorbeeld tcp://host:5432.',
    target_invalid_port: 'de poort moet een getal tussen 1 en 65535 zijn.',
    target_missing_name: 'voeg een naam toe na de ://.',
    target_invalid_encoding:
      'er staat een % in die niet door twee hexadecimale tekens wordt gevolgd (zoals %20 voor een spatie); schrijf de naam zoals hij is, zonder %.',
    target_has_credentials:
      'er staat een gebruikersnaam of wachtwoord in (naam:wachtwoord@…). Back Online bewaart nooit wachtwoorden: controleer een pagina die zonder inloggen opent, of de poort van de server (tcp://host:443).',
    target_too_long: 'het is langer dan 2.000 tekens.',
  },
  internalError:
    'Er ging iets mis in Back Online, waardoor het niet kon afmaken. Probeer het opnieuw; blijft het gebeuren, meld het dan bij wie Back Online voor u ondersteunt.',
  report: {
    status: { up: 'OK', degraded: 'LET OP', down: 'STORING', unknown: 'ONBEKEND' },
    nextSteps: 'Wat u nu kunt doen:',
    contact: 'Wie u belt: {contact}',
    contactRoles: {
      hosting: 'uw hostingbedrijf',
      registrar: 'uw domeinregistrar',
      it_partner: 'uw IT-partner',
      internet_provider: 'uw internetprovider',
    },
    milliseconds: '{value} ms',
    seconds: '{value} s',
    summary: '{count} gecontroleerd: {parts}.',
    summaryParts: {
      up: '{count} OK',
      degraded: '{count} met een waarschuwing',
      down: '{count} met een storing',
      unknown: '{count} onbekend',
    },
  },
};

/** The command line's own texts; the diagnosis texts come from the cause catalog. */
export const cliCatalogs: CatalogSet<CliTexts> = {
  en,
  nl,
  nlInformal: {
    general: {
      description:
        'Back Online controleert je website en bedrijfssystemen en zegt in gewone woorden wat er mis is.',
    },
    check: {
      description:
        'Controleert elk doel één keer, allemaal tegelijk, en vertelt per doel wat er mis is en wat je nu kunt doen.',
      targets: { tls: 'een beveiligingscertificaat (poort 443 als je die weglaat)' },
    },
    errors: {
      no_command: 'Zeg wat er moet gebeuren, bijvoorbeeld "back-online check https://jouw-winkel.example".',
      no_targets:
        'Zeg wat er gecontroleerd moet worden, bijvoorbeeld "back-online check https://jouw-winkel.example".',
    },
    internalError:
      'Er ging iets mis in Back Online, waardoor het niet kon afmaken. Probeer het opnieuw; blijft het gebeuren, meld het dan bij wie Back Online voor je ondersteunt.',
    report: {
      nextSteps: 'Wat je nu kunt doen:',
      contact: 'Wie je belt: {contact}',
      contactRoles: {
        hosting: 'je hostingbedrijf',
        registrar: 'je domeinregistrar',
        it_partner: 'je IT-partner',
        internet_provider: 'je internetprovider',
      },
    },
  },
};
