import { dialog } from 'electron';
import type { DatabaseTooNewError, StartupNotice } from '../core/service-contract';
import { interpolate, pickCatalog } from '../shared/i18n/interpolate';
import type { Locale } from '../shared/locale';
import { shellDialogCatalogs } from './dialog-texts';

async function tell(
  type: 'error' | 'info' | 'warning',
  title: string,
  message: string,
  detail: string,
  locale: Locale,
) {
  const texts = pickCatalog(shellDialogCatalogs, locale);
  await dialog.showMessageBox({ type, title, message, detail, buttons: [texts.ok], noLink: true });
}

export async function showDatabaseTooNew(error: DatabaseTooNewError, locale: Locale): Promise<void> {
  const { databaseTooNew } = pickCatalog(shellDialogCatalogs, locale);
  const detail = interpolate(databaseTooNew.detail, {
    path: error.path,
    foundVersion: error.foundVersion,
    supportedVersion: error.supportedVersion,
  });
  await tell('error', databaseTooNew.title, databaseTooNew.message, detail, locale);
}

export async function showStartFailed(locale: Locale): Promise<void> {
  const { startFailed } = pickCatalog(shellDialogCatalogs, locale);
  await tell('error', startFailed.title, startFailed.message, startFailed.detail, locale);
}

export async function showStartupNotices(notices: StartupNotice[], locale: Locale): Promise<void> {
  const { notice } = pickCatalog(shellDialogCatalogs, locale);
  for (const { code, path } of notices) {
    await tell('warning', notice.title, interpolate(notice[code], { path }), '', locale);
  }
}
