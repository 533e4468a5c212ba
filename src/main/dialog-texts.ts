import type { StartupNotice } from '../core/service-contract';
import type { CatalogSet } from '../shared/i18n/interpolate';

/** The shell's own dialogs, shown before or outside the window. `{path}` and versions are filled in. */
export interface ShellDialogTexts {
  ok: string;
  databaseTooNew: { title: string; message: string; detail: string };
  startFailed: { title: string; message: string; detail: string };
  notice: { title: string } & Record<StartupNotice['code'], string>;
}

const en: ShellDialogTexts = {
  ok: 'OK',
  databaseTooNew: {
    title: 'Back Online',
    message: 'Your data was saved by a newer version of Back Online.',
    detail:
      'This version cannot read it and has changed nothing. Install the newest version of Back Online, then start it again.\n\nData folder: {path} (data version {foundVersion}; this version reads up to {supportedVersion})',
  },
  startFailed: {
    title: 'Back Online',
    message: 'Back Online could not start.',
    detail:
      'Restart your computer and try again. If this keeps happening, reinstall Back Online: your monitors and history stay where they are.',
  },
  notice: {
    title: 'Back Online',
    settings_corrupt_moved:
      'Your settings file could not be read, so Back Online started with its default settings. The old file was kept at {path}.',
    database_corrupt_moved:
      'Your history could not be read, so Back Online started a new one. The old data was kept at {path}.',
    config_invalid:
      'The configuration file could not be used, so Back Online ignored it. Check the file and start Back Online again.',
  },
};

const nl: ShellDialogTexts = {
  ok: 'OK',
  databaseTooNew: {
    title: 'Back Online',
    message: 'Uw gegevens zijn opgeslagen door een nieuwere versie van Back Online.',
    detail:
      'Deze versie kan ze niet lezen en heeft niets veranderd. Installeer de nieuwste versie van Back Online en start het daarna opnieuw.\n\nGegevensmap: {path} (gegevensversie {foundVersion}; deze versie leest tot en met {supportedVersion})',
  },
  startFailed: {
    title: 'Back Online',
    message: 'Back Online kon niet starten.',
    detail:
      'Start uw computer opnieuw op en probeer het nog eens. Blijft dit gebeuren, installeer Back Online dan opnieuw: uw bewaking en geschiedenis blijven bewaard.',
  },
  notice: {
    title: 'Back Online',
    settings_corrupt_moved:
      'Uw instellingenbestand kon niet worden gelezen, dus Back Online is gestart met de standaardinstellingen. Het oude bestand is bewaard in {path}.',
    database_corrupt_moved:
      'Uw geschiedenis kon niet worden gelezen, dus Back Online is met een nieuwe begonnen. De oude gegevens zijn bewaard in {path}.',
    config_invalid:
      'Het configuratiebestand kon niet worden gebruikt, dus Back Online heeft het genegeerd. Controleer het bestand en start Back Online opnieuw.',
  },
};

const nlInformal: CatalogSet<ShellDialogTexts>['nlInformal'] = {
  databaseTooNew: {
    message: 'Je gegevens zijn opgeslagen door een nieuwere versie van Back Online.',
  },
  startFailed: {
    detail:
      'Start je computer opnieuw op en probeer het nog eens. Blijft dit gebeuren, installeer Back Online dan opnieuw: je bewaking en geschiedenis blijven bewaard.',
  },
  notice: {
    settings_corrupt_moved:
      'Je instellingenbestand kon niet worden gelezen, dus Back Online is gestart met de standaardinstellingen. Het oude bestand is bewaard in {path}.',
    database_corrupt_moved:
      'Je geschiedenis kon niet worden gelezen, dus Back Online is met een nieuwe begonnen. De oude gegevens zijn bewaard in {path}.',
  },
};

export const shellDialogCatalogs: CatalogSet<ShellDialogTexts> = { en, nl, nlInformal };
