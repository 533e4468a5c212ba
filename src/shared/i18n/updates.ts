import type { CatalogSet } from './interpolate';
import { updatesEn } from './updates-en';
import { updatesNl } from './updates-nl';
import { updatesNlInformal } from './updates-nl-informal';

/** The desktop app's own updates: the tray item, the window's banner and the question while a problem is open. */
export interface UpdateTexts {
  tray: {
    restart: string;
    /** While a problem is open: a question follows the click, hence the ellipsis. */
    restartAsks: string;
  };
  banner: {
    /** `{version}` is the new version. */
    ready: string;
    readyDuringProblem: string;
    restart: string;
    restarting: string;
    postponed: string;
    failed: string;
  };
  confirm: {
    title: string;
    message: string;
    detail: string;
    restartNow: string;
    later: string;
  };
}

export const updateCatalogs: CatalogSet<UpdateTexts> = {
  en: updatesEn,
  nl: updatesNl,
  nlInformal: updatesNlInformal,
};
