import { dialog } from 'electron';
import type { DatabaseTooNewError, StartupNotice } from '../core/service-contract';
import { interpolate, pickCatalog } from '../shared/i18n/interpolate';
import { storageFailureText } from '../shared/i18n/storage-problems';
import type { StorageFailure } from '../shared/storage-problem';
import type { Locale } from '../shared/locale';
import type { ShellDialogTexts } from './dialog-texts';
import { shellDialogCatalogs } from './dialog-texts';

async function tell(
  type: 'error' | 'warning',
  texts: ShellDialogTexts,
  shown: { title: string; message: string; detail: string },
) {
  await dialog.showMessageBox({ type, ...shown, buttons: [texts.ok], noLink: true });
}

export async function showDatabaseTooNew(error: DatabaseTooNewError, locale: Locale): Promise<void> {
  const texts = pickCatalog(shellDialogCatalogs, locale);
  const { databaseTooNew } = texts;
  const detail = interpolate(databaseTooNew.detail, {
    path: error.path,
    foundVersion: error.foundVersion,
    supportedVersion: error.supportedVersion,
  });
  await tell('error', texts, { ...databaseTooNew, detail });
}

export async function showStartFailed(locale: Locale): Promise<void> {
  const texts = pickCatalog(shellDialogCatalogs, locale);
  await tell('error', texts, texts.startFailed);
}

/** The data folder refused (read-only, full, no permission): say which one and what to do. */
export async function showStorageFailed(failure: StorageFailure, locale: Locale): Promise<void> {
  const texts = pickCatalog(shellDialogCatalogs, locale);
  const message = storageFailureText(failure, locale);
  await tell('error', texts, { title: texts.startFailed.title, message, detail: '' });
}

export async function showStartupNotices(notices: StartupNotice[], locale: Locale): Promise<void> {
  const texts = pickCatalog(shellDialogCatalogs, locale);
  for (const { code, path } of notices) {
    const message = interpolate(texts.notice[code], { path });
    await tell('warning', texts, { title: texts.notice.title, message, detail: '' });
  }
}
