import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WebContents } from 'electron';
import { app, BrowserWindow, dialog } from 'electron';
import type { ApiParsedRequest, ApiResult } from '../shared/api-contract';

/**
 * "Print or save as PDF" in the desktop app: Chromium renders the window as it prints (print.css keeps only
 * the review) to a PDF, saved where the owner chooses in the system's own dialog, starting in Documents.
 * The window names the file but never the folder, so it cannot write anywhere the owner did not pick.
 */
export async function saveWindowAsPdf(
  contents: WebContents | null,
  request: ApiParsedRequest<'app.savePdf'>,
): Promise<ApiResult<{ saved: boolean }>> {
  if (contents === null) return { ok: false, error: { code: 'unavailable' } };
  const options = {
    defaultPath: join(app.getPath('documents'), request.fileName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const owner = BrowserWindow.fromWebContents(contents);
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: false } };
  try {
    const pdf = await contents.printToPDF({ pageSize: 'A4', printBackground: false });
    await writeFile(choice.filePath, pdf);
  } catch {
    return { ok: false, error: { code: 'storage_failed' } };
  }
  return { ok: true, value: { saved: true } };
}
