export { MonitorScheduler } from './scheduler';
export type {
  ConnectivityChange,
  MonitorTransition,
  SchedulerDeps,
  SchedulerSettings,
  SchedulerTuning,
} from './types';
export type { SchedulerStats } from './lag-stats';
export type { RunCheck } from './monitor-runner';
export type { CheckConnectivity } from './offline-detector';
export { snoozeEnd } from './schedule-windows';
