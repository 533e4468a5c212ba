export { MonitorScheduler } from './scheduler';
export { DEFAULT_TUNING } from './types';
export type {
  ConnectivityChange,
  MonitorTransition,
  SchedulerDeps,
  SchedulerSettings,
  SchedulerTuning,
} from './types';
export type { SchedulerStats } from './lag-stats';
export type { RunCheck } from './monitor-runner';
export { checkOptionsFor, intervalMsFor } from './monitor-runner';
export type { CheckConnectivity } from './offline-detector';
export { inMaintenance, snoozeEnd, tomorrowMorning, windowIsOpen } from './schedule-windows';
