import type { CatalogSet } from '../../shared/i18n/interpolate';

/** Problems only `back-online web` has (the shared ones are in service-texts.ts); each says what to do. */
export const WEB_PROBLEMS = ['invalid_port', 'not_built', 'port_in_use'] as const;
export type WebProblem = (typeof WEB_PROBLEMS)[number];

export interface WebCommandTexts {
  summary: string;
  usage: string;
  description: string;
  optionsHeading: string;
  options: { port: string };
  helpHint: string;
  problems: Record<WebProblem, string>;
  running: string;
  keepOpen: string;
}

const en: WebCommandTexts = {
  summary: 'open Back Online in your web browser',
  usage: 'back-online web [options]',
  description:
    'Starts Back Online without the desktop app and shows it in your web browser, on this computer only. It prints a link with a secret key: only that link opens the page.',
  optionsHeading: 'Options:',
  options: { port: 'the port to use (default: any free port)' },
  helpHint: 'Run "back-online web --help" for all options.',
  problems: {
    invalid_port: 'The port "{value}" is not a number between 0 and 65535 (0 picks a free port).',
    not_built:
      'The web pages of Back Online are not built yet. Run "npm run build" first, then start "back-online web" again.',
    port_in_use:
      'Port {port} is already in use by another program. Choose another port with --port, or leave --port out to pick a free one.',
  },
  running: 'Back Online is running. Open this link in your web browser:',
  keepOpen: 'Keep this window open while you use it. Press Ctrl+C to stop.',
};

const nl: WebCommandTexts = {
  summary: 'Back Online openen in uw webbrowser',
  usage: 'back-online web [opties]',
  description:
    'Start Back Online zonder de desktop-app en toont het in uw webbrowser, alleen op deze computer. Het toont een link met een geheime sleutel: alleen die link opent de pagina.',
  optionsHeading: 'Opties:',
  options: { port: 'de poort die wordt gebruikt (standaard: een willekeurige vrije poort)' },
  helpHint: 'Voer "back-online web --help" uit voor alle opties.',
  problems: {
    invalid_port: 'De poort "{value}" is geen getal tussen 0 en 65535 (0 kiest een vrije poort).',
    not_built:
      'De webpagina’s van Back Online zijn nog niet gebouwd. Voer eerst "npm run build" uit en start daarna "back-online web" opnieuw.',
    port_in_use:
      'Poort {port} is al in gebruik door een ander programma. Kies een andere poort met --port, of laat --port weg om een vrije poort te kiezen.',
  },
  running: 'Back Online draait. Open deze link in uw webbrowser:',
  keepOpen: 'Laat dit venster open zolang u het gebruikt. Druk op Ctrl+C om te stoppen.',
};

export const webCommandCatalogs: CatalogSet<WebCommandTexts> = {
  en,
  nl,
  nlInformal: {
    summary: 'Back Online openen in je webbrowser',
    description:
      'Start Back Online zonder de desktop-app en toont het in je webbrowser, alleen op deze computer. Het toont een link met een geheime sleutel: alleen die link opent de pagina.',
    running: 'Back Online draait. Open deze link in je webbrowser:',
    keepOpen: 'Laat dit venster open zolang je het gebruikt. Druk op Ctrl+C om te stoppen.',
  },
};
