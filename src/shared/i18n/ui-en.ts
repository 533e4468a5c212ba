import { incidentTimelineCatalogs } from './incident-timeline';
import type { UiTexts } from './ui';

/** A page without its token hears this both as the connection notice and as the refused call's error. */
const NEEDS_LINK =
  'This page needs the link that Back Online printed when it started. Copy the whole link from the terminal.';

export const uiEn: UiTexts = {
  appName: 'Back Online',
  language: { label: 'Language', en: 'English', nl: 'Nederlands' },
  connection: {
    connecting: 'Connecting to Back Online…',
    reconnecting:
      'Lost contact with Back Online. Trying to reconnect… What you see below may be out of date.',
    refused: NEEDS_LINK,
    updatedAt: 'Updated {time}',
  },
  banner: {
    ok: { one: 'Your check is fine', other: 'All {count} checks are fine' },
    okNext: 'Nothing to do. Back Online keeps watching and tells you when something changes.',
    noMonitors: 'Nothing is being watched yet',
    noMonitorsNext: 'Add your website to the Back Online configuration to start watching it.',
    firstCheck: 'Checking everything for the first time…',
    firstCheckNext: 'This takes a few seconds.',
    degradedOne: '{name} needs attention',
    degradedMany: { one: '{count} check needs attention', other: '{count} checks need attention' },
    degradedNext: 'It still works, but read below what is going on.',
    downOne: '{name} is down',
    downMany: { one: '{count} check is down', other: '{count} checks are down' },
    downNext: 'Open the recovery guide: it tells you what is wrong and what to do now.',
    offline: 'Your own internet connection seems to be down',
    offlineNext:
      'Check your router, cables or Wi-Fi. Your website may be fine: Back Online cannot check it until your internet is back.',
    snoozed: 'Monitoring is paused until {time}',
    allPaused: 'All checks are paused',
    pausedNext: 'Back Online does not check or alert you while paused.',
    openGuide: 'Open the recovery guide',
  },
  monitors: {
    heading: 'Your checks',
    status: {
      up: 'Up',
      degraded: 'Needs attention',
      down: 'Down',
      unknown: 'Cannot check',
      pending: 'Checking…',
      paused: 'Paused',
    },
    since: 'since {time}',
    lastChecked: 'Last checked {time}',
    neverChecked: 'Not checked yet',
    responseTime: 'Answered in {ms} ms',
    confirming: 'Checking again to be sure…',
    paused: {
      disabled: 'Switched off',
      snoozed: 'Paused by you',
      maintenance: 'Planned maintenance',
    },
    checkAll: 'Check all now',
    checkingAll: 'Checking…',
  },
  incidents: {
    heading: 'Open problems',
    none: 'No open problems.',
    started: 'Started {time}',
    phaseLabel: 'Status',
    phase: incidentTimelineCatalogs.en.phases,
    affects: 'Affects: {names}',
    open: 'Open',
    openNamed: 'Open the problem with {names}',
  },
  incident: {
    timeline: {
      heading: 'What happened so far',
      loading: 'Loading what happened…',
    },
  },
  snooze: {
    heading: 'Monitoring',
    active: 'Back Online is watching and will alert you.',
    pausedUntil: 'Paused until {time}. You get no alerts until then.',
    pauseFor: 'Pause for',
    durations: { '15m': '15 minutes', '1h': '1 hour', '4h': '4 hours', tomorrow: 'Until tomorrow' },
    resume: 'Resume now',
    graceUntil: 'Just woke up from sleep: alerts wait until {time}.',
  },
  errors: {
    invalid_request: 'That did not work. Please try again.',
    unknown_channel: 'That did not work. This page may be older than Back Online: reload the page.',
    untrusted_sender: NEEDS_LINK,
    not_found: 'That item no longer exists. The overview has been updated.',
    not_allowed: 'That is not possible right now.',
    storage_failed: 'Back Online could not save that. Check that the disk is not full, then try again.',
    unavailable: 'Back Online is not answering. Is it still running? Try again in a moment.',
    internal: 'Something went wrong inside Back Online. Please try again.',
    dismiss: 'Close',
  },
  time: { yesterday: 'yesterday' },
};
