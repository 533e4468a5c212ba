import { useId, useMemo, useState } from 'react';
import { interpolate, pickCatalog } from '../../shared/i18n/interpolate';
import type { QrTexts } from '../../shared/i18n/qr';
import { qrTexts } from '../../shared/i18n/qr';
import type { MessageChannel } from '../../shared/messages/channels';
import type { QrPayload, QrPayloadKind } from '../../shared/messages/qr-payload';
import { qrPayloadFor } from '../../shared/messages/qr-payload';
import type { ShareContent } from '../../shared/messages/share-intents';
import { useLocale } from '../i18n/texts';
import { QrCode } from './qr-code';

export interface SendToPhoneProps {
  channel: MessageChannel;
  content: ShareContent;
  /** What the message is, as the owner calls it: "X post", "support request". */
  what: string;
  /** Where the owner posts it on the phone: "X", "Instagram", "your mail app". */
  network: string;
  /** The business the message speaks for; empty until the owner fills in the profile. */
  business: string;
  /** Called each time the code is shown: handing a message to the phone is logged like copying it. */
  onShown?: () => void;
  /** Called when the owner says they posted it from the phone; resolves once it is recorded. */
  onSentFromPhone?: () => Promise<boolean>;
}

function useQrTexts(): QrTexts {
  const locale = useLocale();
  return useMemo(() => pickCatalog(qrTexts, locale), [locale]);
}

const WHOLE_MESSAGE: ReadonlySet<QrPayloadKind> = new Set(['app_link', 'plain_text']);

function instruction(texts: QrTexts, payload: QrPayload, network: string): string {
  if (!payload.fits) return texts.tooLong;
  const byKind: Record<QrPayloadKind, string> = {
    app_link: texts.scanAppLink,
    plain_text: texts.scanPlainText,
    link_only: texts.scanLinkOnly,
    shortened: texts.scanShortened,
  };
  return interpolate(byKind[payload.kind], { network });
}

/**
 * "Send to phone" beside a message's Copy button: a QR code the phone's camera reads, so the post opens
 * ready in the app on the phone (or its text is offered to copy there), and a way to say it went out.
 */
export function SendToPhone({
  channel,
  content,
  what,
  network,
  business,
  onShown,
  onSentFromPhone,
}: SendToPhoneProps) {
  const texts = useQrTexts();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  const payload = useMemo(() => qrPayloadFor(channel, content), [channel, content]);
  const label = interpolate(business ? texts.codeLabel : texts.codeLabelPlain, { what, business });

  const markSent = async () => {
    if (onSentFromPhone && (await onSentFromPhone())) setSent(true);
  };

  return (
    <div className="send-to-phone">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          if (!open && payload.fits) onShown?.();
          setOpen(!open);
        }}
      >
        {open ? texts.hide : texts.show}
      </button>
      {open && (
        <div
          className="send-to-phone__panel"
          id={panelId}
          data-qr-kind={payload.fits ? payload.kind : 'too_long'}
        >
          {payload.fits && <QrCode data={payload.data} label={label} />}
          <p
            className={payload.fits && WHOLE_MESSAGE.has(payload.kind) ? undefined : 'send-to-phone__warning'}
          >
            {instruction(texts, payload, network)}
          </p>
          {onSentFromPhone && payload.fits && (
            <>
              <button
                type="button"
                className="button button--small"
                aria-disabled={sent}
                onClick={() => void (sent || markSent())}
              >
                {texts.markSent}
              </button>
              <p role="status">{sent ? texts.markedSent : ''}</p>
            </>
          )}
        </div>
      )}
    </div>
  );
}
