import { useId, useState } from 'react';
import { interpolate } from '../../../../shared/i18n/interpolate';
import { useAppStore } from '../../../store/app-store-context';
import { useGuideTexts } from '../guide-context';

type Notice =
  { kind: 'copied' | 'copyFailed' | 'pdfSaved' | 'pdfFailed' } | { kind: 'saved'; name: string } | null;

export interface ReviewExportProps {
  /** The review as Markdown, with the answers as they are on screen now. */
  markdown(): string;
  /** "review-2026-12-06-webshop": the file's name without its extension. */
  baseName: string;
  /** Keeps what the owner typed before it leaves the app, so the copy never holds more than the app. */
  beforeExport(): Promise<void>;
}

/**
 * Keep or share the review: copy it as text, save it as a Markdown file, or print it (print.css): the
 * desktop saves the printed page as a PDF, a browser opens its own print dialog, which offers PDF too.
 */
export function ReviewExport({ markdown, baseName, beforeExport }: ReviewExportProps) {
  const texts = useGuideTexts().learn;
  const savePdf = useAppStore((state) => state.api['app.savePdf']);
  const fileName = `${baseName}.md`;
  const ids = useId();
  const [notice, setNotice] = useState<Notice>(null);

  const copy = async () => {
    await beforeExport();
    try {
      await navigator.clipboard.writeText(markdown());
      setNotice({ kind: 'copied' });
    } catch {
      setNotice({ kind: 'copyFailed' });
    }
  };

  const save = async () => {
    await beforeExport();
    const url = URL.createObjectURL(new Blob([markdown()], { type: 'text/markdown;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    URL.revokeObjectURL(url);
    setNotice({ kind: 'saved', name: fileName });
  };

  const print = async () => {
    await beforeExport();
    const result = await savePdf({ fileName: `${baseName}.pdf` });
    if (result.ok) setNotice(result.value.saved ? { kind: 'pdfSaved' } : null);
    else if (result.error.code === 'unavailable') window.print();
    else setNotice({ kind: 'pdfFailed' });
  };

  const noticeText =
    notice === null
      ? ''
      : notice.kind === 'saved'
        ? interpolate(texts.fileSaved, { name: notice.name })
        : texts[notice.kind];

  return (
    <section className="review-export" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{texts.exportHeading}</h3>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void copy()}>
          {texts.copyMarkdown}
        </button>
        <button type="button" className="button" onClick={() => void save()}>
          {texts.saveFile}
        </button>
        <button type="button" className="button" onClick={() => void print()}>
          {texts.print}
        </button>
      </div>
      <p role="status" data-testid="review-export-notice">
        {noticeText}
      </p>
    </section>
  );
}
