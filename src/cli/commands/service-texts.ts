import type { StartupNotice } from '../../core/service-contract';
import type { CatalogSet } from '../../shared/i18n/interpolate';

/** Problems every command that runs the service (`web`, `watch`) reports in words; each says what to do. */
export const SERVICE_PROBLEMS = [
  'config_unreadable',
  'config_not_json',
  'config_invalid',
  'config_too_large',
  'database_too_new',
  'start_failed',
] as const;
export type ServiceProblem = (typeof SERVICE_PROBLEMS)[number];

export const SERVICE_OPTION_NAMES = ['dataDir', 'config', 'lang', 'informal', 'help'] as const;
export type ServiceOptionName = (typeof SERVICE_OPTION_NAMES)[number];

export interface ServiceCommandTexts {
  options: Record<ServiceOptionName, string>;
  problems: Record<ServiceProblem, string>;
  notices: Record<StartupNotice['code'], string>;
  /** A fault inside the running service; it carries on, so this is a warning, not a stop. */
  runtimeError: string;
  stopping: string;
}

const en: ServiceCommandTexts = {
  options: {
    dataDir: 'the folder for Back Online’s data (default: {defaultDataDir})',
    config: 'a JSON file with the settings and the checks to run',
    lang: 'the language to use from now on (first start: the system language)',
    informal: 'informal Dutch ("je" instead of "u") from now on',
    help: 'show this help',
  },
  problems: {
    config_unreadable: 'The configuration file "{file}" cannot be read. Check the name and try again.',
    config_not_json: 'The configuration file "{file}" is not valid JSON.',
    config_invalid: 'The configuration file "{file}" has a mistake at "{field}". Correct it and try again.',
    config_too_large:
      'The file "{file}" is larger than {limit}, too large to be a configuration file. Check that you named the right file.',
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
  runtimeError:
    'Something went wrong inside Back Online; it keeps checking. If this message keeps coming back, report it to whoever supports Back Online for you.',
  stopping: 'Stopping Back Online…',
};

const nl: ServiceCommandTexts = {
  options: {
    dataDir: 'de map voor de gegevens van Back Online (standaard: {defaultDataDir})',
    config: 'een JSON-bestand met de instellingen en de controles',
    lang: 'de taal die voortaan wordt gebruikt (eerste start: de taal van het systeem)',
    informal: 'voortaan informeel Nederlands ("je" in plaats van "u")',
    help: 'deze hulp tonen',
  },
  problems: {
    config_unreadable:
      'Het configuratiebestand "{file}" kan niet worden gelezen. Controleer de naam en probeer het opnieuw.',
    config_not_json: 'Het configuratiebestand "{file}" is geen geldige JSON.',
    config_invalid:
      'Het configuratiebestand "{file}" bevat een fout bij "{field}". Verbeter die en probeer het opnieuw.',
    config_too_large:
      'Het bestand "{file}" is groter dan {limit}, te groot voor een configuratiebestand. Controleer of u het juiste bestand hebt opgegeven.',
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
  runtimeError:
    'Er ging iets mis in Back Online; het blijft controleren. Komt deze melding steeds terug, meld het dan bij wie Back Online voor u ondersteunt.',
  stopping: 'Back Online stopt…',
};

export const serviceCommandCatalogs: CatalogSet<ServiceCommandTexts> = {
  en,
  nl,
  nlInformal: {
    problems: {
      config_too_large:
        'Het bestand "{file}" is groter dan {limit}, te groot voor een configuratiebestand. Controleer of je het juiste bestand hebt opgegeven.',
      start_failed:
        'Back Online kon niet starten. Probeer het opnieuw; blijft het gebeuren, meld het dan bij wie Back Online voor je ondersteunt.',
    },
    notices: {
      settings_corrupt_moved:
        'Je instellingenbestand was beschadigd, dus Back Online is gestart met de standaardinstellingen. Het beschadigde bestand is bewaard als "{path}".',
      database_corrupt_moved:
        'Je geschiedenis was beschadigd, dus Back Online is met een nieuwe begonnen. Het beschadigde bestand is bewaard als "{path}".',
    },
    runtimeError:
      'Er ging iets mis in Back Online; het blijft controleren. Komt deze melding steeds terug, meld het dan bij wie Back Online voor je ondersteunt.',
  },
};
