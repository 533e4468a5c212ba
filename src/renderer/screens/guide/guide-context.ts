import { useMemo } from 'react';
import type { AppState, MonitorState } from '../../../shared/app-state';
import type { GuideView } from '../../../shared/guide/guide-view';
import { guideUiTexts } from '../../../shared/i18n/guide-ui';
import type { GuideUiTexts } from '../../../shared/i18n/guide-ui';
import { useCatalog } from '../../i18n/texts';

export function useGuideTexts(): GuideUiTexts {
  return useCatalog(guideUiTexts);
}

/** What every step gets: the guide as the app answered it and the live state around it. */
export interface StepProps {
  view: GuideView;
  appState: AppState;
}

/** The incident's monitors as the live state has them, in the incident's order; removed ones drop out. */
export function affectedMonitors(view: GuideView, appState: AppState): MonitorState[] {
  return view.incident.monitorIds
    .map((id) => appState.monitors.find((entry) => entry.monitor.id === id))
    .filter((entry): entry is MonitorState => entry !== undefined);
}

export function useAffectedMonitors(view: GuideView, appState: AppState): MonitorState[] {
  return useMemo(() => affectedMonitors(view, appState), [view, appState]);
}

/** "Webshop and Pinautomaat": the owner's own names, as a sentence lists them. */
export function listNames(names: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(names);
}

/** Works again: every affected monitor answers (or, for the offline incident, the internet is back). */
export function isRecovered(view: GuideView, appState: AppState): boolean {
  if (view.incident.resolvedAt !== null) return true;
  const monitors = affectedMonitors(view, appState);
  if (view.incident.monitorIds.length === 0) return !appState.offline;
  return monitors.length > 0 && monitors.every((entry) => entry.status === 'up');
}
