import { dialog } from 'electron';
import { pickCatalog } from '../shared/i18n/interpolate';
import { updateCatalogs } from '../shared/i18n/updates';
import type { Locale } from '../shared/locale';

const LATER = 0;
const RESTART_NOW = 1;

/**
 * "Restart to update" while a problem is open: the owner may be in the middle of fixing it, so they choose.
 * Later is the default and what Escape or closing the question does; the update then waits for the next quit.
 */
export async function confirmRestartDuringProblem(locale: Locale): Promise<boolean> {
  const { confirm } = pickCatalog(updateCatalogs, locale);
  const buttons = [];
  buttons[LATER] = confirm.later;
  buttons[RESTART_NOW] = confirm.restartNow;
  const { response } = await dialog.showMessageBox({
    type: 'question',
    title: confirm.title,
    message: confirm.message,
    detail: confirm.detail,
    buttons,
    defaultId: LATER,
    cancelId: LATER,
    noLink: true,
  });
  return response === RESTART_NOW;
}
