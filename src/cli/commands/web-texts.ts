import type { CatalogSet } from '../../shared/i18n/interpolate';

export const WEB_OPTION_NAMES = ['port', 'dataDir', 'config', 'lang', 'informal', 'help'] as const;
export type WebOptionName = (typeof WEB_OPTION_NAMES)[number];

/** Problems `back-online web` reports in words before or while starting; each says what to do. */
export const WEB_PROBLEMS = [
  'invalid_port',
  'config_unreadable',
  'config_not_json',
  'config_invalid',
  'not_built',
  'port_in_use',
  'database_too_new',
  'start_failed',
] as const;
export type WebProblem = (typeof WEB_PROBLEMS)[number];

export const WEB_NOTICES = ['settings_corrupt_moved', 'database_corrupt_moved', 'config_invalid'] as const;
export type WebNotice = (typeof WEB_NOTICES)[number];

export interface WebCommandTexts {
  summary: string;
  usage: string;
  description: string;
  optionsHeading: string;
  options: Record<WebOptionName, string>;
  helpHint: string;
  problems: Record<WebProblem, string>;
  notices: Record<WebNotice, string>;
  running: string;
  keepOpen: string;
  stopping: string;
}

const en: WebCommandTexts = {
  summary: 'open Back Online in your web browser',
  usage: 'back-online web [options]',
  description:
    'Starts Back Online without the desktop app and shows it in your web browser, on this computer only. It prints a link with a secret key: only that link opens the page.',
  optionsHeading: 'Options:',
  options: {
    port: 'the port to use (default: any free port)',
    dataDir: 'the folder for Back Online’s data (default: {defaultDataDir})',
    config: 'a JSON file with the settings and the checks to run',
    lang: 'the language to use from now on (first start: the system language)',
    informal: 'informal Dutch ("je" instead of "u") from now on',
    help: 'show this help',
  },
  helpHint: 'Run "back-online web --help" for all options.',
  problems: {
    invalid_port: 'The port "{value}" is not a number between 0 and 65535 (0 picks a free port).',
    config_unreadable: 'The configuration file "{file}" cannot be read. Check the name and try again.',
    config_not_json: 'The configuration file "{file}" is not valid JSON.',
    config_invalid: 'The configuration file "{file}" has a mistake at "{field}". Correct it and try again.',
    not_built:
      'The web pages of Back Online are not built yet. Run "npm run build" first, then start "back-online web" again.',
    port_in_use:
      'Port {port} is already in use by another program. Choose another port with --port, or leave --port out to pick a free one.',
    database_too_new:
      'The data in "{path}" was saved by a newer version of Back Online. Update Back Online, or use another folder with --data-dir.',
    start_failed:
      'Back Online could not start. Please try again; if it keeps happening, report it to whoever supports Back Online for you.',
  },
  notices: {
    settings_corrupt_moved:
      'Your settings file was damaged, so Back Online started with default settings. The damaged file was kept as "{path}".',
    database_corrupt_moved:
      'Your history was damaged, so Back Online started a new one. The damaged file was kept as "{path}".',
    config_invalid: 'Part of the configuration could not be used, so Back Online left it out.',
  },
  running: 'Back Online is running. Open this link in your web browser:',
  keepOpen: 'Keep this window open while you use it. Press Ctrl+C to stop.',
  stopping: 'Stopping Back Online…',
};

const nl: WebCommandTexts = {
  summary: 'Back Online openen in uw webbrowser',
  usage: 'back-online web [opties]',
  description:
    'Start Back Online zonder de desktop-app en toont het in uw webbrowser, alleen op deze computer. Het toont een link met een geheime sleutel: alleen die link opent de pagina.',
  optionsHeading: 'Opties:',
  options: {
    port: 'de poort die wordt gebruikt (standaard: een willekeurige vrije poort)',
    dataDir: 'de map voor de gegevens van Back Online (standaard: {defaultDataDir})',
    config: 'een JSON-bestand met de instellingen en de controles',
    lang: 'de taal die voortaan wordt gebruikt (eerste start: de taal van het systeem)',
    informal: 'voortaan informeel Nederlands ("je" in plaats van "u")',
    help: 'deze hulp tonen',
  },
  helpHint: 'Voer "back-online web --help" uit voor alle opties.',
  problems: {
    invalid_port: 'De poort "{value}" is geen getal tussen 0 en 65535 (0 kiest een vrije poort).',
    config_unreadable:
      'Het configuratiebestand "{file}" kan niet worden gelezen. Controleer de naam en probeer het opnieuw.',
    config_not_json: 'Het configuratiebestand "{file}" is geen geldige JSON.',
    config_invalid:
      'Het configuratiebestand "{file}" bevat een fout bij "{field}". Verbeter die en probeer het opnieuw.',
    not_built:
      'De webpagina’s van Back Online zijn nog niet gebouwd. Voer eerst "npm run build" uit en start daarna "back-online web" opnieuw.',
    port_in_use:
      'Poort {port} is al in gebruik door een ander programma. Kies een andere poort met --port, of laat --port weg om een vrije poort te kiezen.',
    database_too_new:
      'De gegevens in "{path}" zijn opgeslagen door een nieuwere versie van Back Online. Werk Back Online bij, of gebruik een andere map met --data-dir.',
    start_failed:
      'Back Online kon niet starten. Probeer het opnieuw; blijft het gebeuren, meld het dan bij wie Back Online voor u ondersteunt.',
  },
  notices: {
    settings_corrupt_moved:
      'Uw instellingenbestand was beschadigd, dus Back Online is gestart met de standaardinstellingen. Het beschadigde bestand is bewaard als "{path}".',
    database_corrupt_moved:
      'Uw geschiedenis was beschadigd, dus Back Online is met een nieuwe begonnen. Het beschadigde bestand is bewaard als "{path}".',
    config_invalid: 'Een deel van de configuratie kon niet worden gebruikt en is weggelaten.',
  },
  running: 'Back Online draait. Open deze link in uw webbrowser:',
  keepOpen: 'Laat dit venster open zolang u het gebruikt. Druk op Ctrl+C om te stoppen.',
  stopping: 'Back Online stopt…',
};

export const webCommandCatalogs: CatalogSet<WebCommandTexts> = {
  en,
  nl,
  nlInformal: {
    summary: 'Back Online openen in je webbrowser',
    description:
      'Start Back Online zonder de desktop-app en toont het in je webbrowser, alleen op deze computer. Het toont een link met een geheime sleutel: alleen die link opent de pagina.',
    problems: {
      start_failed:
        'Back Online kon niet starten. Probeer het opnieuw; blijft het gebeuren, meld het dan bij wie Back Online voor je ondersteunt.',
    },
    notices: {
      settings_corrupt_moved:
        'Je instellingenbestand was beschadigd, dus Back Online is gestart met de standaardinstellingen. Het beschadigde bestand is bewaard als "{path}".',
      database_corrupt_moved:
        'Je geschiedenis was beschadigd, dus Back Online is met een nieuwe begonnen. Het beschadigde bestand is bewaard als "{path}".',
    },
    running: 'Back Online draait. Open deze link in je webbrowser:',
    keepOpen: 'Laat dit venster open zolang je het gebruikt. Druk op Ctrl+C om te stoppen.',
  },
};
