import type { AppState } from '../../../shared/app-state';
import type { UiTexts } from '../../../shared/i18n/ui';
import type { Language } from '../../../shared/locale';
import type { SymbolKind } from '../../components/status-symbol';
import { formatMoment } from '../../format/time';
import { interpolate, plural } from '../../i18n/texts';

export interface BannerContent {
  kind: SymbolKind;
  title: string;
  next: string;
  /** What the banner's button does, if it has one. */
  action: { type: 'openGuide'; incidentId: string } | { type: 'resume' } | null;
}

function namesWith(state: AppState, status: 'down' | 'degraded'): string[] {
  return state.monitors.filter((entry) => entry.status === status).map((entry) => entry.monitor.name);
}

/** The one sentence the owner reads first: what is going on, and what to do next. */
export function bannerContent(state: AppState, texts: UiTexts, language: Language): BannerContent {
  const banner = texts.banner;
  const firstIncident = state.openIncidents[0];
  const guide = firstIncident ? ({ type: 'openGuide', incidentId: firstIncident.id } as const) : null;

  if (state.monitors.length === 0)
    return { kind: 'unknown', title: banner.noMonitors, next: banner.noMonitorsNext, action: null };

  switch (state.overall) {
    case 'offline':
      return { kind: 'offline', title: banner.offline, next: banner.offlineNext, action: guide };
    case 'down': {
      const names = namesWith(state, 'down');
      const title =
        names.length === 1
          ? interpolate(banner.downOne, { name: names[0] })
          : plural(banner.downMany, names.length);
      return { kind: 'down', title, next: banner.downNext, action: guide };
    }
    case 'degraded': {
      const names = namesWith(state, 'degraded');
      const title =
        names.length === 1
          ? interpolate(banner.degradedOne, { name: names[0] })
          : plural(banner.degradedMany, names.length);
      return { kind: 'degraded', title, next: banner.degradedNext, action: null };
    }
    case 'paused': {
      if (state.snoozedUntil === null)
        return { kind: 'paused', title: banner.allPaused, next: banner.pausedNext, action: null };
      const time = formatMoment(state.snoozedUntil, state.generatedAt, language, texts.time);
      return {
        kind: 'paused',
        title: interpolate(banner.snoozed, { time }),
        next: banner.pausedNext,
        action: { type: 'resume' },
      };
    }
    case 'ok': {
      if (state.monitors.some((entry) => entry.status === 'pending'))
        return { kind: 'pending', title: banner.firstCheck, next: banner.firstCheckNext, action: null };
      const watched = state.monitors.filter((entry) => entry.status !== 'paused').length;
      return { kind: 'ok', title: plural(banner.ok, watched), next: banner.okNext, action: null };
    }
  }
}
