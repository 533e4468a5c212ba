import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  showSaveDialog: vi.fn(),
  getPath: vi.fn((_name: string) => '/home/ann/Documents'),
  fromWebContents: vi.fn((_contents: unknown) => ({ id: 1 })),
}));
vi.mock('electron', () => ({
  app: { getPath: electron.getPath },
  BrowserWindow: { fromWebContents: electron.fromWebContents },
  dialog: { showSaveDialog: electron.showSaveDialog },
}));

const { saveWindowAsPdf } = await import('./save-pdf');

const PDF = Buffer.from('%PDF-1.7 review');

function windowContents(printToPDF = vi.fn(async () => PDF)) {
  return { printToPDF } as unknown as Electron.WebContents;
}

describe('save the review as a PDF (electron mocked)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'back-online-pdf-'));
    electron.showSaveDialog.mockReset();
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('asks where, starting in Documents with the name the window gave, and writes the printed window there', async () => {
    const target = join(dir, 'review.pdf');
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const printToPDF = vi.fn(async () => PDF);
    const result = await saveWindowAsPdf(windowContents(printToPDF), {
      fileName: 'review-2026-12-06-webshop.pdf',
    });
    expect(result).toEqual({ ok: true, value: { saved: true } });
    expect(electron.showSaveDialog).toHaveBeenCalledWith(
      { id: 1 },
      {
        defaultPath: join('/home/ann/Documents', 'review-2026-12-06-webshop.pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      },
    );
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: false });
    expect(await readFile(target)).toEqual(PDF);
  });

  it('writes nothing when the owner cancels, and says so without an error', async () => {
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const printToPDF = vi.fn(async () => PDF);
    await expect(saveWindowAsPdf(windowContents(printToPDF), { fileName: 'r.pdf' })).resolves.toEqual({
      ok: true,
      value: { saved: false },
    });
    expect(printToPDF).not.toHaveBeenCalled();
  });

  it('answers storage_failed when the chosen place cannot be written, and unavailable without a window', async () => {
    electron.showSaveDialog.mockResolvedValueOnce({
      canceled: false,
      filePath: join(dir, 'no-such', 'r.pdf'),
    });
    await expect(saveWindowAsPdf(windowContents(), { fileName: 'r.pdf' })).resolves.toEqual({
      ok: false,
      error: { code: 'storage_failed' },
    });
    await expect(saveWindowAsPdf(null, { fileName: 'r.pdf' })).resolves.toEqual({
      ok: false,
      error: { code: 'unavailable' },
    });
  });
});
