import type { ApiErrorCode, SnoozeDuration } from '../api-contract';
import type { MonitorStatus } from '../app-state';
import type { IncidentPhase } from '../incident';
import type { CatalogSet } from './interpolate';
import type { PluralText } from './status';
import { uiEn } from './ui-en';
import { uiNl } from './ui-nl';
import { uiNlInformal } from './ui-nl-informal';

export type { PluralText };

/** The frame of an incident's story in the window; its lines come from the incident timeline texts. */
interface IncidentTimelineUiTexts {
  heading: string;
  loading: string;
}

/** Every text of the window. Placeholders in `{braces}` are filled by the window. */
export interface UiTexts {
  appName: string;
  language: { label: string; en: string; nl: string };
  connection: {
    connecting: string;
    reconnecting: string;
    refused: string;
    updatedAt: string;
  };
  banner: {
    ok: PluralText;
    okNext: string;
    noMonitors: string;
    noMonitorsNext: string;
    firstCheck: string;
    firstCheckNext: string;
    degradedOne: string;
    degradedMany: PluralText;
    degradedNext: string;
    downOne: string;
    downMany: PluralText;
    downNext: string;
    offline: string;
    offlineNext: string;
    snoozed: string;
    allPaused: string;
    pausedNext: string;
    openGuide: string;
  };
  monitors: {
    heading: string;
    status: Record<MonitorStatus, string>;
    since: string;
    lastChecked: string;
    neverChecked: string;
    responseTime: string;
    confirming: string;
    paused: { disabled: string; snoozed: string; maintenance: string };
    checkAll: string;
    checkingAll: string;
  };
  incidents: {
    heading: string;
    none: string;
    started: string;
    phaseLabel: string;
    phase: Record<IncidentPhase, string>;
    affects: string;
    open: string;
    /** The same button's name for screen readers, which hear several of them in a row. */
    openNamed: string;
  };
  incident: {
    timeline: IncidentTimelineUiTexts;
  };
  snooze: {
    heading: string;
    active: string;
    pausedUntil: string;
    pauseFor: string;
    durations: Record<SnoozeDuration, string>;
    resume: string;
    graceUntil: string;
  };
  errors: Record<ApiErrorCode, string> & { dismiss: string };
  time: { yesterday: string };
}

export const uiTexts: CatalogSet<UiTexts> = { en: uiEn, nl: uiNl, nlInformal: uiNlInformal };
