import type { ApiErrorCode, SnoozeDuration } from '../api-contract';
import type { MonitorStatus } from '../app-state';
import type { IncidentEventType, IncidentPhase } from '../incident';
import type { CatalogSet } from './interpolate';
import { uiEn } from './ui-en';
import { uiNl } from './ui-nl';
import { uiNlInformal } from './ui-nl-informal';

/** A text that depends on a count; `{count}` is filled in. */
export interface PluralText {
  one: string;
  other: string;
}

/**
 * An incident's story in the window. `{subject}` is a check's name (or the internet connection), `{cause}`
 * the diagnosis title, `{phase}` one of `incidents.phase`, `{text}` the owner's own words.
 */
export interface IncidentTimelineUiTexts {
  heading: string;
  loading: string;
  unavailable: string;
  /** The subject of events about the computer's own connection rather than a check. */
  connection: string;
  /** The subject when a check has since been deleted and no name was recorded. */
  removedMonitor: string;
  events: Record<IncidentEventType, string>;
  /** A check that came back, but not fully (e.g. slow). */
  passedWithRemark: string;
  resolvedWithNote: string;
  resolvedMonitorRemoved: string;
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
  };
  incident: {
    back: string;
    whatToDo: string;
    resolvedMeanwhile: string;
    guideComing: string;
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
