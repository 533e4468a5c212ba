import type { MonitorState } from '../../../../shared/app-state';
import type { CheckTimings } from '../../../../shared/check-result';
import { chartTexts } from '../../../../shared/i18n/charts';
import { intlLocaleTag } from '../../../../shared/locale';
import { formatResponseTime } from '../../../components/charts';
import { formatMoment } from '../../../format/time';
import { interpolate, useCatalog, useLocale, useTexts } from '../../../i18n/texts';
import { useGuideTexts } from '../guide-context';

const TIMING_ORDER: (keyof CheckTimings)[] = ['dns', 'connect', 'tls', 'firstByte', 'total'];

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The facts of one monitor's last check: when, how long each phase took, and what it found. */
export function CheckEvidence({ entry, now }: { entry: MonitorState; now: number }) {
  const texts = useGuideTexts().identify;
  const ui = useTexts();
  const charts = useCatalog(chartTexts);
  const { language } = useLocale();
  const result = entry.lastResult;
  if (!result) return <p className="muted">{texts.noEvidence}</p>;
  const details = result.details;
  const date = (value: unknown) => {
    const parsed = typeof value === 'string' ? Date.parse(value) : Number.NaN;
    return Number.isNaN(parsed)
      ? undefined
      : new Intl.DateTimeFormat(intlLocaleTag(language), { dateStyle: 'long' }).format(parsed);
  };
  const from = date(details.validFrom);
  const until = date(details.validTo);
  const facts = [
    text(details.statusCode) && interpolate(texts.statusCode, { code: text(details.statusCode) }),
    from && until && interpolate(texts.certificate, { from, until }),
    text(details.addresses) && interpolate(texts.addresses, { addresses: text(details.addresses) }),
    text(details.errorPage) && interpolate(texts.errorPage, { page: text(details.errorPage) }),
  ].filter((fact): fact is string => typeof fact === 'string');
  const timings = TIMING_ORDER.filter((phase) => result.timings[phase] !== undefined);
  return (
    <div className="evidence" data-testid={`evidence-${entry.monitor.id}`}>
      <h4 className="evidence__heading">
        {entry.monitor.name}{' '}
        <span className="muted">
          · {interpolate(texts.checkedAt, { time: formatMoment(result.startedAt, now, language, ui.time) })}
        </span>
      </h4>
      {timings.length > 0 && (
        <dl className="evidence__timings">
          {timings.map((phase) => (
            <div key={phase} className="evidence__timing">
              <dt>{texts.timings[phase]}</dt>
              <dd>{formatResponseTime(result.timings[phase] ?? 0, language, charts)}</dd>
            </div>
          ))}
        </dl>
      )}
      {facts.length > 0 && (
        <ul className="evidence__facts">
          {facts.map((fact) => (
            <li key={fact}>{fact}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
