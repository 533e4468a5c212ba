import type { CauseCode } from '../../../shared/cause-codes';
import type { CheckPreview } from '../../../shared/check-preview';
import { describeCause } from '../../../shared/diagnosis';
import { chartTexts } from '../../../shared/i18n/charts';
import { interpolate } from '../../../shared/i18n/interpolate';
import type { WelcomeTexts } from '../../../shared/i18n/welcome';
import { welcomeTexts } from '../../../shared/i18n/welcome';
import type { Locale } from '../../../shared/locale';
import { formatResponseTime } from '../charts/chart-format';
import { useCatalog, useLocale } from '../../i18n/texts';
import type { TargetPreviewState } from './use-target-preview';

type Checked = Extract<CheckPreview, { outcome: 'checked' }>;

/** Answers that suggest a site without https: nothing listens on 443, or what does speaks no TLS. */
const NO_HTTPS_CAUSES = new Set<CauseCode>([
  'connection_refused',
  'tls_handshake_failed',
  'tls_untrusted',
  'tls_hostname_mismatch',
]);

function reachableSentence(preview: Checked, texts: WelcomeTexts, locale: Locale, timeText: string): string {
  const sentences = [texts.preview.reachable, interpolate(texts.preview.answersIn, { time: timeText })];
  const daysLeft = preview.details.daysLeft;
  if (typeof daysLeft === 'number' && daysLeft >= 0)
    sentences.push(interpolate(texts.preview.certificateDays, { days: Math.floor(daysLeft) }));
  else if (preview.kind === 'http' && preview.target.startsWith('http://'))
    sentences.push(texts.preview.notSecure);
  if (preview.status === 'degraded')
    sentences.push(describeCause(preview.cause, preview.details, locale).title);
  return sentences.join(' ');
}

/**
 * What a live check of the typed target found, in one or two sentences: "We can reach it. It answers in
 * 230 ms. Its certificate is valid for 71 more days." A site that fails over https, typed without a
 * scheme, gets a button to use http instead: plain http only when the owner says so.
 */
export function TargetPreview({
  state,
  typed,
  onUseTarget,
}: {
  state: TargetPreviewState;
  typed: string;
  onUseTarget?: (target: string) => void;
}) {
  const texts = useCatalog(welcomeTexts);
  const charts = useCatalog(chartTexts);
  const locale = useLocale();
  if (state.status === 'idle') return <div className="target-preview" aria-live="polite" />;
  if (state.status === 'busy')
    return (
      <div className="target-preview" aria-live="polite">
        <p>{texts.preview.busy}</p>
      </div>
    );
  if (state.status === 'checking')
    return (
      <div className="target-preview target-preview--checking" aria-live="polite">
        <p>{interpolate(texts.preview.checking, { target: state.target })}</p>
      </div>
    );
  const { preview } = state;
  const answered = preview.status === 'up' || preview.status === 'degraded';
  const httpFallback =
    !answered &&
    !/^[a-z]+:\/\//i.test(typed.trim()) &&
    preview.target.startsWith('https://') &&
    NO_HTTPS_CAUSES.has(preview.cause)
      ? preview.target.replace(/^https:/, 'http:')
      : null;
  const diagnosis = answered ? null : describeCause(preview.cause, preview.details, locale);
  return (
    <div
      className={`target-preview target-preview--${preview.status}`}
      aria-live="polite"
      data-testid="target-preview"
    >
      {answered ? (
        <p>
          {reachableSentence(
            preview,
            texts,
            locale,
            formatResponseTime(preview.durationMs, locale.language, charts),
          )}
        </p>
      ) : (
        <p>
          {texts.preview.unreachable} <strong>{diagnosis?.title}</strong> {diagnosis?.explanation}
        </p>
      )}
      {httpFallback && onUseTarget && (
        <button type="button" className="button button--small" onClick={() => onUseTarget(httpFallback)}>
          {interpolate(texts.preview.tryHttp, { target: httpFallback })}
        </button>
      )}
    </div>
  );
}
