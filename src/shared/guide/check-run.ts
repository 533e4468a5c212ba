/** One monitor's place in a running "check everything now". */
export interface CheckRunMonitor {
  monitorId: string;
  state: 'checking' | 'passed' | 'failed';
}

/** "Check everything now" as the window watches it run, pushed with the app state. */
export interface CheckRunProgress {
  startedAt: number;
  /** Null while checks are still out. */
  finishedAt: number | null;
  monitors: CheckRunMonitor[];
}
