import type { AppState, OverallStatus } from '../../../shared/app-state';
import type { PluralText } from '../../../shared/i18n/interpolate';
import { interpolate, plural } from '../../../shared/i18n/interpolate';
import type { TabStatusTexts } from '../../../shared/i18n/tab-status';
import type { Language } from '../../../shared/locale';
import { intlLocaleTag } from '../../../shared/locale';
import { colourBadgeSvg } from '../../../shared/state-badge';
import type { ConnectionStatus } from '../../api/bridge';

/** What a tab in the background says: its title, and the badge its favicon draws (none while unknown). */
export interface TabStatus {
  title: string;
  badge: OverallStatus | null;
}

/** Up to this many names are listed in the title; more are counted, so the news fits a tab. */
const MAX_NAMED = 3;

interface ProblemTexts {
  one: string;
  some: string;
  many: PluralText;
}

function problemWords(names: readonly string[], texts: ProblemTexts, language: Language): string {
  if (names.length === 1) return interpolate(texts.one, { name: names[0] });
  if (names.length > MAX_NAMED) return plural(texts.many, names.length);
  const list = new Intl.ListFormat(intlLocaleTag(language), { type: 'conjunction' }).format(names);
  return interpolate(texts.some, { names: list });
}

function namesWith(state: AppState, status: 'down' | 'degraded'): string[] {
  return state.monitors.filter((entry) => entry.status === status).map((entry) => entry.monitor.name);
}

/** The title and badge for the app's state as the window last heard it. */
export function tabStatus(
  state: AppState | null,
  connection: ConnectionStatus,
  texts: TabStatusTexts,
  language: Language,
): TabStatus {
  const problem = (words: string, badge: OverallStatus): TabStatus => ({
    title: interpolate(texts.problem, { problem: words }),
    badge,
  });
  const calm = (words: string, badge: OverallStatus | null): TabStatus => ({
    title: interpolate(texts.calm, { calm: words }),
    badge,
  });

  // What the page shows may be stale: a green badge would then say "all fine" without knowing.
  if (connection === 'reconnecting' || connection === 'refused') return problem(texts.contactLost, 'offline');
  if (state === null) return { title: texts.appName, badge: null };
  if (state.monitors.length === 0) return calm(texts.noMonitors, null);

  switch (state.overall) {
    case 'offline':
      return problem(texts.offline, 'offline');
    case 'down': {
      const words = { one: texts.downOne, some: texts.downSome, many: texts.downMany };
      return problem(problemWords(namesWith(state, 'down'), words, language), 'down');
    }
    case 'degraded': {
      const words = { one: texts.degradedOne, some: texts.degradedSome, many: texts.degradedMany };
      return problem(problemWords(namesWith(state, 'degraded'), words, language), 'degraded');
    }
    case 'paused':
      return calm(state.snoozedUntil === null ? texts.paused : texts.snoozed, 'paused');
    case 'ok':
      return state.monitors.some((entry) => entry.status === 'pending')
        ? calm(texts.checking, null)
        : calm(texts.allFine, 'ok');
  }
}

/** An empty icon: the browser then draws no picture rather than fetching /favicon.ico. */
export const NO_FAVICON = 'data:,';

/** The favicon as an inline SVG, the same badge the tray icon shows for the state. */
export function faviconHref(badge: OverallStatus | null): string {
  if (badge === null) return NO_FAVICON;
  return `data:image/svg+xml,${encodeURIComponent(colourBadgeSvg(badge, 32))}`;
}
