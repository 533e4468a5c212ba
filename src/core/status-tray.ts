import type { MonitorState, MonitorStatus, OverallStatus, TrayModel } from '../shared/app-state';
import { interpolate, pickCatalog, plural } from '../shared/i18n/interpolate';
import type { StatusTexts } from '../shared/i18n/status';
import { statusTexts } from '../shared/i18n/status';
import type { StatusContext } from './status-context';
import { isSnoozed } from './status-context';

/** More problems than this are summed up as "and N more", so the tooltip stays readable. */
const MAX_LISTED_PROBLEMS = 3;
/** Windows shows at most 127 characters of a tray tooltip and cuts the rest off mid-word. */
const MAX_TOOLTIP_CHARS = 127;

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

function localTime(date: Date): string {
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

function sameLocalDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

/** Local HH:MM, with day and month in front when it is not today. */
function formatClock(at: number, now: number, texts: StatusTexts): string {
  const date = new Date(at);
  const time = localTime(date);
  if (sameLocalDay(date, new Date(now))) return time;
  return interpolate(texts.tooltip.otherDay, {
    day: date.getDate(),
    month: texts.tooltip.months[date.getMonth()],
    time,
  });
}

function isTomorrow(at: number, now: number): boolean {
  const today = new Date(now);
  return sameLocalDay(new Date(at), new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1));
}

/** Down first, longest outage first; then degraded. */
function problems(states: readonly MonitorState[]): MonitorState[] {
  const rank = (state: MonitorState): number => (state.status === 'down' ? 0 : 1);
  return states
    .filter((state) => state.status === 'down' || state.status === 'degraded')
    .sort((a, b) => rank(a) - rank(b) || (a.since ?? 0) - (b.since ?? 0));
}

function problemLine(state: MonitorState, context: StatusContext, texts: StatusTexts): string {
  const template = state.status === 'down' ? texts.tooltip.problemDown : texts.tooltip.problemDegraded;
  return interpolate(template, {
    name: state.monitor.name,
    time: formatClock(state.since ?? state.lastCheckedAt ?? context.now, context.now, texts),
    cause: texts.causes[state.cause],
  });
}

function summaryLine(
  states: readonly MonitorState[],
  counts: Record<MonitorStatus, number>,
  texts: StatusTexts,
): string {
  const { tooltip } = texts;
  if (states.length === 0) return tooltip.noMonitors;
  const active = states.length - counts.paused;
  if (active === 0) {
    if (states.every((state) => state.pausedReason === 'maintenance')) return tooltip.allInMaintenance;
    if (states.every((state) => state.pausedReason === 'disabled')) return tooltip.allDisabled;
    return tooltip.allPaused;
  }
  if (counts.up === 0) return tooltip.checking;
  if (counts.up === active) return plural(tooltip.allFine, active);
  return interpolate(tooltip.someChecking, { fine: counts.up, total: active });
}

function tooltipLines(
  states: readonly MonitorState[],
  listed: readonly MonitorState[],
  counts: Record<MonitorStatus, number>,
  context: StatusContext,
  texts: StatusTexts,
  maxListed: number,
): string[] {
  const lines: string[] = [];
  if (context.offline) lines.push(texts.tooltip.offline);
  if (listed.length > 0) {
    for (const state of listed.slice(0, maxListed)) lines.push(problemLine(state, context, texts));
    if (listed.length > maxListed) {
      lines.push(interpolate(texts.tooltip.more, { count: listed.length - maxListed }));
    }
  } else if (!context.offline) {
    lines.push(summaryLine(states, counts, texts));
    if (counts.paused > 0 && counts.paused < states.length)
      lines.push(plural(texts.tooltip.somePaused, counts.paused));
  }
  if (isSnoozed(context) && context.snoozedUntil !== null) {
    const until = context.snoozedUntil;
    const template = isTomorrow(until, context.now) ? texts.tooltip.snoozedTomorrow : texts.tooltip.snoozed;
    lines.push(interpolate(template, { time: localTime(new Date(until)) }));
  }
  return lines;
}

/** Lists fewer problems until the tooltip fits; a single line that is still too long ends in an ellipsis. */
function tooltipText(
  states: readonly MonitorState[],
  counts: Record<MonitorStatus, number>,
  context: StatusContext,
  texts: StatusTexts,
): string {
  const listed = problems(states);
  let text = '';
  for (let maxListed = MAX_LISTED_PROBLEMS; maxListed >= 1; maxListed -= 1) {
    text = tooltipLines(states, listed, counts, context, texts, maxListed).join('\n');
    if (text.length <= MAX_TOOLTIP_CHARS) return text;
  }
  return `${text.slice(0, MAX_TOOLTIP_CHARS - 1).trimEnd()}…`;
}

function titleText(
  states: readonly MonitorState[],
  counts: Record<MonitorStatus, number>,
  overall: OverallStatus,
  context: StatusContext,
  texts: StatusTexts,
): string {
  switch (overall) {
    case 'offline':
      return texts.title.offline;
    case 'down':
      return plural(texts.title.down, counts.down);
    case 'degraded':
      return states.every((state) => state.status !== 'degraded' || state.cause === 'slow_response')
        ? texts.title.slow
        : texts.title.warning;
    case 'paused':
      return isSnoozed(context) ? texts.title.snoozed : texts.title.paused;
    case 'ok':
      return '';
  }
}

export function trayModel(
  states: readonly MonitorState[],
  counts: Record<MonitorStatus, number>,
  overall: OverallStatus,
  context: StatusContext,
): TrayModel {
  const texts = pickCatalog(statusTexts, context.locale);
  return {
    icon: overall,
    title: titleText(states, counts, overall, context, texts),
    tooltip: tooltipText(states, counts, context, texts),
  };
}
