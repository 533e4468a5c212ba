import { useId, useState } from 'react';
import type { ApiError } from '../../../../shared/api-contract';
import { interpolate } from '../../../../shared/i18n/interpolate';
import type { MessageChannel } from '../../../../shared/messages/channels';
import { CHANNEL_LIMITS } from '../../../../shared/messages/channels';
import { countLength } from '../../../../shared/messages/length';
import type { MessagePhase, MessageVariable, MessageVoice } from '../../../../shared/messages/message-types';
import type { RenderedMessage } from '../../../../shared/messages/render';
import type { ShareContent } from '../../../../shared/messages/share-intents';
import { shareLinkForChannel } from '../../../../shared/messages/share-intents';
import { SendToPhone } from '../../../components/send-to-phone';
import { formatMoment } from '../../../format/time';
import { useLocale, useTexts } from '../../../i18n/texts';
import { useFailureText } from '../../../i18n/use-failure-text';
import { useAppStore } from '../../../store/app-store-context';
import { useComposerTexts } from './use-composer-texts';

export interface MessageCardProps {
  incidentId: string;
  channel: MessageChannel;
  phase: MessagePhase;
  voice: MessageVoice;
  message: RenderedMessage;
  /** Where a link-only network points, the mail's "To", the owner's Mastodon server. */
  share: Omit<ShareContent, 'text' | 'subject'>;
  /** The required facts' names as the owner reads them, for "Still missing: …". */
  gapNames: Record<MessageVariable, string>;
  /** The business the message speaks for, in the name of its QR code. */
  businessName: string;
  onSent(): void;
  /** Extra controls under the message (the owner's wording, send to phone). */
  children?: (text: { text: string; subject: string | null }) => React.ReactNode;
}

type Notice =
  { kind: 'copied' | 'copyFailed' | 'sent'; at: number } | { kind: 'sendFailed'; error: ApiError } | null;

/**
 * One message ready to go: the text (editable), its length against the network's limit, and one click
 * to copy it, open it in the network, or note that it went out.
 */
export function MessageCard(props: MessageCardProps) {
  const { incidentId, channel, phase, voice, message } = props;
  const texts = useComposerTexts();
  const uiTexts = useTexts();
  const { language } = useLocale();
  const api = useAppStore((state) => state.api);
  const now = useAppStore((state) => state.appState?.generatedAt ?? 0);
  const ids = useId();
  const [editedText, setEditedText] = useState<string | null>(null);
  const [editedSubject, setEditedSubject] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const failureText = useFailureText();

  const text = editedText ?? message.text;
  const subject = message.subject === null ? null : (editedSubject ?? message.subject);
  const limit = CHANNEL_LIMITS[channel];
  const length = countLength(text, limit.rule);
  const over = length - limit.max;
  const what = texts.messageNames[channel];
  const link = shareLinkForChannel(channel, { ...props.share, text, ...(subject ? { subject } : {}) });
  const network = link ? texts.networks[link.network] : texts.channels[channel];

  const copy = async (): Promise<boolean> => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      setNotice({ kind: 'copyFailed', at: now });
      return false;
    }
    setNotice({ kind: 'copied', at: now });
    void api['messages.copied']({ incidentId, channel, phase });
    return true;
  };

  const markSent = async (fromPhone?: true): Promise<boolean> => {
    const result = await api['messages.markSent']({
      incidentId,
      channel,
      phase,
      voice,
      text,
      ...(fromPhone ? { fromPhone } : {}),
    });
    if (!result.ok) {
      setNotice({ kind: 'sendFailed', error: result.error });
      return false;
    }
    setNotice({ kind: 'sent', at: result.value.updatedAt });
    props.onSent();
    return true;
  };

  const noticeText =
    notice === null
      ? ''
      : notice.kind === 'copied'
        ? interpolate(texts.copied, { where: network })
        : notice.kind === 'copyFailed'
          ? texts.copyFailed
          : notice.kind === 'sendFailed'
            ? failureText(notice.error, texts.markSentFailed)
            : interpolate(texts.markedSent, { time: formatMoment(notice.at, now, language, uiTexts.time) });

  return (
    <div className="message-card" data-channel={channel}>
      {message.missing.length > 0 && editedText === null && (
        <div className="message-card__missing" role="note">
          <p>
            {interpolate(texts.missing, {
              names: message.missing.map((name) => props.gapNames[name]).join(', '),
            })}
          </p>
          <p>{texts.missingNext}</p>
        </div>
      )}
      {subject !== null && (
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-subject`}>
            {texts.subjectLabel}
          </label>
          <input
            className="field__input"
            id={`${ids}-subject`}
            type="text"
            value={subject}
            maxLength={200}
            onChange={(event) => setEditedSubject(event.target.value)}
          />
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-text`}>
          {texts.textLabel}
        </label>
        <textarea
          className="field__input"
          id={`${ids}-text`}
          data-testid="message-text"
          value={text}
          rows={Math.min(14, Math.max(4, Math.ceil(text.length / 60) + text.split('\n').length))}
          maxLength={5000}
          aria-describedby={`${ids}-hint ${ids}-counter`}
          onChange={(event) => setEditedText(event.target.value)}
        />
        <p className="muted field__hint" id={`${ids}-hint`}>
          {texts.textHint}
        </p>
        <p
          id={`${ids}-counter`}
          data-testid="message-counter"
          className={
            over > 0 ? 'message-card__counter message-card__counter--over' : 'message-card__counter muted'
          }
        >
          {interpolate(over > 0 ? texts.counterOver : texts.counter, {
            count: length,
            limit: limit.max,
            over,
          })}
          {editedText === null &&
            message.shortenedBy > 0 &&
            ` · ${interpolate(texts.shortened, { count: message.shortenedBy })}`}
        </p>
      </div>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          {interpolate(texts.copy, { what })}
        </button>
        {link && (
          <a
            className="button"
            href={link.url}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="share-link"
            onClick={() => {
              if (!link.carriesText) void copy();
            }}
          >
            {interpolate(link.carriesText ? texts.open : texts.openAfterCopy, { network })}
          </a>
        )}
        <SendToPhone
          channel={channel}
          content={{ ...props.share, text, ...(subject ? { subject } : {}) }}
          what={what}
          network={network}
          business={props.businessName}
          onShown={() => void api['messages.copied']({ incidentId, channel, phase, fromPhone: true })}
          onSentFromPhone={() => markSent(true)}
        />
        <button type="button" className="button" onClick={() => void markSent()}>
          {texts.markSent}
        </button>
        {props.children?.({ text, subject })}
      </div>
      <p role="status" className="message-card__notice" data-testid="message-notice">
        {noticeText}
      </p>
    </div>
  );
}
