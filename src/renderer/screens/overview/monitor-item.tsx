import type { MonitorState } from '../../../shared/app-state';
import type { CheckKind } from '../../../shared/check-result';
import { describeCause } from '../../../shared/diagnosis';
import { StatusSymbol, symbolForMonitor } from '../../components/status-symbol';
import { formatMilliseconds, formatMoment } from '../../format/time';
import { interpolate, useLocale, useTexts } from '../../i18n/texts';

const PROBLEM_STATUSES = new Set(['down', 'degraded', 'unknown']);
/** Causes the banner already explains for every monitor at once; repeating them per monitor is noise. */
const SHARED_CAUSES = new Set(['local_offline']);
/** Only a check that waits for an answer over the network has a response time worth showing. */
const ANSWERING_KINDS = new Set<CheckKind>(['http', 'tls', 'tcp', 'dns']);

export function MonitorItem({ entry, now }: { entry: MonitorState; now: number }) {
  const texts = useTexts();
  const locale = useLocale();
  const t = texts.monitors;
  const moment = (at: number) => formatMoment(at, now, locale.language, texts.time);
  const result = entry.lastResult;
  const problem =
    PROBLEM_STATUSES.has(entry.status) && entry.cause !== 'ok' && !SHARED_CAUSES.has(entry.cause);
  const diagnosis = problem ? describeCause(entry.cause, result?.details ?? {}, locale) : null;

  const facts: string[] = [];
  if (entry.status === 'paused' && entry.pausedReason) facts.push(t.paused[entry.pausedReason]);
  const answered = entry.status === 'up' || entry.status === 'degraded';
  if (result && answered && ANSWERING_KINDS.has(result.kind))
    facts.push(interpolate(t.responseTime, { ms: formatMilliseconds(result.durationMs, locale.language) }));
  facts.push(
    entry.lastCheckedAt === null
      ? t.neverChecked
      : interpolate(t.lastChecked, { time: moment(entry.lastCheckedAt) }),
  );

  return (
    <li className={`monitor monitor--${entry.status}`} data-monitor-id={entry.monitor.id}>
      <StatusSymbol kind={symbolForMonitor(entry.status)} />
      <div className="monitor__body">
        <div className="monitor__headline">
          <span className="monitor__name">{entry.monitor.name}</span>
          <span className="monitor__status">
            {t.status[entry.status]}
            {entry.since !== null && entry.status !== 'pending' && (
              <span className="monitor__since"> {interpolate(t.since, { time: moment(entry.since) })}</span>
            )}
          </span>
        </div>
        <div className="monitor__target">{entry.monitor.target}</div>
        {entry.confirming && <p className="monitor__confirming">{t.confirming}</p>}
        {diagnosis && (
          <div className="monitor__diagnosis">
            <p className="monitor__diagnosis-title">{diagnosis.title}</p>
            <p>{diagnosis.explanation}</p>
          </div>
        )}
        <p className="monitor__facts">{facts.join(' · ')}</p>
      </div>
    </li>
  );
}
