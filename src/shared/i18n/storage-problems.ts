import type { StorageFailure, StorageProblem } from '../storage-problem';
import type { CatalogSet } from './interpolate';
import { interpolate, pickCatalog } from './interpolate';
import type { Locale } from '../locale';

/** What went wrong with the data folder and what to do about it; `{path}` names the file or folder. */
export type StorageProblemTexts = Record<StorageProblem, string>;

export const storageProblemCatalogs: CatalogSet<StorageProblemTexts> = {
  en: {
    read_only:
      'Back Online cannot save in {path}: that disk or folder is read-only. Make it writable again (or choose another data folder), then try again.',
    no_permission:
      'Back Online is not allowed to save in {path}. Give your user account permission to write there, or ask your IT partner to, then try again.',
    disk_full:
      'The disk that holds {path} is full, so Back Online cannot save anything. Free up space (empty the recycle bin, remove large files you no longer need), then try again.',
    is_folder:
      'Back Online expected a file at {path} but found a folder. Move or rename that folder, then try again.',
    unavailable:
      'Back Online could not read or write {path}. Check that the disk is connected and working, then try again; if it keeps happening, ask your IT partner to look at the disk.',
  },
  nl: {
    read_only:
      'Back Online kan niet opslaan in {path}: die schijf of map is alleen-lezen. Maak hem weer beschrijfbaar (of kies een andere gegevensmap) en probeer het dan opnieuw.',
    no_permission:
      'Back Online mag niet opslaan in {path}. Geef uw gebruikersaccount schrijfrechten op die plek, of vraag uw IT-partner dat te doen, en probeer het dan opnieuw.',
    disk_full:
      'De schijf met {path} is vol, dus Back Online kan niets opslaan. Maak ruimte vrij (leeg de prullenbak, verwijder grote bestanden die u niet meer nodig hebt) en probeer het dan opnieuw.',
    is_folder:
      'Back Online verwachtte een bestand op {path}, maar vond een map. Verplaats of hernoem die map en probeer het dan opnieuw.',
    unavailable:
      'Back Online kon {path} niet lezen of beschrijven. Controleer of de schijf aangesloten is en werkt en probeer het dan opnieuw; blijft het gebeuren, vraag dan uw IT-partner naar de schijf te kijken.',
  },
  nlInformal: {
    no_permission:
      'Back Online mag niet opslaan in {path}. Geef je gebruikersaccount schrijfrechten op die plek, of vraag je IT-partner dat te doen, en probeer het dan opnieuw.',
    disk_full:
      'De schijf met {path} is vol, dus Back Online kan niets opslaan. Maak ruimte vrij (leeg de prullenbak, verwijder grote bestanden die je niet meer nodig hebt) en probeer het dan opnieuw.',
    unavailable:
      'Back Online kon {path} niet lezen of beschrijven. Controleer of de schijf aangesloten is en werkt en probeer het dan opnieuw; blijft het gebeuren, vraag dan je IT-partner naar de schijf te kijken.',
  },
};

export function storageFailureText(failure: StorageFailure, locale: Locale): string {
  return interpolate(pickCatalog(storageProblemCatalogs, locale)[failure.problem], { path: failure.path });
}
