import { useId, useMemo, useState } from 'react';
import type { AppState } from '../../../../shared/app-state';
import type { CheckResult } from '../../../../shared/check-result';
import type { DiagnosisContactRole } from '../../../../shared/diagnosis';
import type { SupportRequestWay } from '../../../../shared/guide/guide-events';
import type { GuideView } from '../../../../shared/guide/guide-view';
import { supportRequest, supportRequestMailto } from '../../../../shared/guide/support-request';
import type { Contact, Settings } from '../../../../shared/settings';
import { TextField } from '../../../components/form/text-field';
import { SendToPhone } from '../../../components/send-to-phone';
import { useLocale } from '../../../i18n/texts';
import { useAppStore } from '../../../store/app-store-context';
import { timelineNames } from '../../incident/timeline-lines';
import { useGuideTexts } from '../guide-context';

/** How many of the log's last lines go with the request: enough for a technician, short enough to read. */
const LOG_LINES = 20;

export interface SupportRequestPanelProps {
  view: GuideView;
  appState: AppState;
  settings: Settings | null;
  role: DiagnosisContactRole;
  /** The first contact of that role, whose name greets and whose e-mail address receives the request. */
  contact: Contact | null;
}

type Notice = 'copied' | 'subjectCopied' | 'copyFailed' | 'logUnavailable' | null;

/**
 * The prepared e-mail to whoever can fix this cause, with every technical fact filled in: one click copies
 * it, opens it in the mail program or hands it to the phone, and the timeline notes that help was asked.
 */
export function SupportRequestPanel({ view, appState, settings, role, contact }: SupportRequestPanelProps) {
  const texts = useGuideTexts().fix;
  const locale = useLocale();
  const api = useAppStore((state) => state.api);
  const shareSupportRequest = useAppStore((state) => state.shareSupportRequest);
  const ids = useId();
  const [logLines, setLogLines] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const { incident } = view;
  const businessName = settings?.business.name ?? '';

  const request = useMemo(() => {
    const names = timelineNames(incident, appState);
    const lastResults = new Map<string, CheckResult>();
    for (const entry of appState.monitors)
      if (entry.lastResult !== null) lastResults.set(entry.monitor.id, entry.lastResult);
    return supportRequest({
      incident,
      names,
      lastResults,
      ownInternetWorks: !appState.offline,
      contact,
      businessName,
      now: appState.generatedAt,
      locale,
      ...(logLines ? { logLines } : {}),
    });
  }, [incident, appState, contact, businessName, locale, logLines]);
  const mailto = supportRequestMailto(request, contact);
  const shared = (way: SupportRequestWay) => void shareSupportRequest(incident.id, role, way);

  const copy = async (text: string, done: Notice, way?: SupportRequestWay) => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      setNotice('copyFailed');
      return;
    }
    setNotice(done);
    if (way) shared(way);
  };

  const toggleLog = async (wanted: boolean) => {
    if (!wanted) {
      setLogLines(null);
      return;
    }
    const result = await api['logs.tail']({ lines: LOG_LINES });
    if (result.ok) setLogLines(result.value.lines);
    else setNotice('logUnavailable');
  };

  const noticeText =
    notice === 'copied'
      ? texts.copied
      : notice === 'subjectCopied'
        ? texts.subjectCopied
        : notice === 'copyFailed'
          ? texts.copyFailed
          : notice === 'logUnavailable'
            ? texts.logUnavailable
            : '';

  return (
    <section className="support-request" aria-labelledby={`${ids}-heading`} data-testid="support-request">
      <h3 id={`${ids}-heading`}>{texts.requestHeading}</h3>
      <p>{texts.requestIntro}</p>
      <TextField label={texts.subjectLabel} value={request.subject} />
      <TextField
        label={texts.bodyLabel}
        value={request.body}
        multiline
        rows={Math.min(18, request.body.split('\n').length + 1)}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={logLines !== null}
          onChange={(event) => void toggleLog(event.target.checked)}
        />
        {texts.addLog}
      </label>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void copy(request.body, 'copied', 'copied')}
        >
          {texts.copyRequest}
        </button>
        <button type="button" className="button" onClick={() => void copy(request.subject, 'subjectCopied')}>
          {texts.copySubject}
        </button>
        {mailto && (
          <a
            className="button"
            href={mailto.url}
            target="_blank"
            rel="noopener noreferrer"
            data-testid="support-request-mail"
            onClick={() => shared('email')}
          >
            {texts.openMail}
          </a>
        )}
        <SendToPhone
          channel="email"
          content={{
            text: request.body,
            subject: request.subject,
            ...(contact?.email ? { recipient: contact.email } : {}),
          }}
          what={texts.requestWhat}
          network={texts.mailApp}
          business={businessName}
          onShown={() => shared('phone')}
        />
      </div>
      <p role="status" className="support-request__notice">
        {noticeText}
      </p>
    </section>
  );
}
