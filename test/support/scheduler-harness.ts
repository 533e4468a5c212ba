import type { MonitorStatus } from '../../src/shared/app-state';
import type { CauseCode } from '../../src/shared/cause-codes';
import type { CheckOptions } from '../../src/shared/check-options';
import type { CheckDetails, CheckResult, CheckStatus } from '../../src/shared/check-result';
import type { Monitor } from '../../src/shared/monitor';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { MonitorScheduler } from '../../src/core/scheduler/scheduler';
import type {
  ConnectivityChange,
  MonitorTransition,
  SchedulerSettings,
  SchedulerTuning,
} from '../../src/core/scheduler/types';
import { FakeClock } from './fake-clock';

export function makeMonitor(id: string, target: string, extra: Partial<Monitor> = {}): Monitor {
  return { id, name: id, target, enabled: true, createdAt: 0, ...extra };
}

export function makeResult(
  target: string,
  status: CheckStatus,
  cause: CauseCode,
  startedAt: number,
  kind: CheckResult['kind'] = 'http',
  details: CheckDetails = {},
): CheckResult {
  return { kind, target, status, cause, startedAt, durationMs: 5, timings: { total: 5 }, details };
}

const DEFAULT_CAUSE: Record<CheckStatus, CauseCode> = {
  up: 'ok',
  degraded: 'slow_response',
  down: 'http_server_error',
  unknown: 'unknown',
};

/** A scripted check runner: each monitor answers what the test last told it, and every call is logged. */
export class FakeChecks {
  readonly calls: { monitorId: string; at: number; options: CheckOptions }[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Monitors whose check throws instead of answering. */
  readonly throwing = new Set<string>();
  private readonly answers = new Map<
    string,
    { status: CheckStatus; cause: CauseCode; details?: CheckDetails }
  >();
  private readonly scripts = new Map<string, CheckStatus[]>();

  constructor(
    private readonly clock: FakeClock,
    /** How long each check takes on the fake clock; 0 answers at once. */
    public durationMs = 0,
  ) {}

  set(
    monitorId: string,
    status: CheckStatus,
    cause: CauseCode = DEFAULT_CAUSE[status],
    details: CheckDetails = {},
  ): void {
    this.answers.set(monitorId, { status, cause, details });
  }

  /** Answers these statuses, one per call, before falling back to `set`. */
  script(monitorId: string, statuses: CheckStatus[]): void {
    this.scripts.set(monitorId, [...statuses]);
  }

  callsFor(monitorId: string): number[] {
    return this.calls.filter((call) => call.monitorId === monitorId).map((call) => call.at);
  }

  readonly run = async (monitor: Monitor, options: CheckOptions): Promise<CheckResult> => {
    const startedAt = this.clock.now();
    this.calls.push({ monitorId: monitor.id, at: startedAt, options });
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      if (this.durationMs > 0) {
        await new Promise<void>((resolve) => this.clock.setTimeout(resolve, this.durationMs));
      }
      if (this.throwing.has(monitor.id)) throw new Error('check crashed');
      const scripted = this.scripts.get(monitor.id)?.shift();
      const answer = scripted
        ? { status: scripted, cause: DEFAULT_CAUSE[scripted] }
        : (this.answers.get(monitor.id) ?? { status: 'up' as const, cause: 'ok' as const });
      return makeResult(monitor.target, answer.status, answer.cause, startedAt, 'http', answer.details);
    } finally {
      this.inFlight -= 1;
    }
  };
}

/** A scripted connectivity probe. */
export class FakeConnectivity {
  online = true;
  readonly calls: number[] = [];

  constructor(
    private readonly clock: FakeClock,
    public durationMs = 0,
  ) {}

  readonly check = async (): Promise<CheckResult> => {
    const startedAt = this.clock.now();
    this.calls.push(startedAt);
    if (this.durationMs > 0) {
      await new Promise<void>((resolve) => this.clock.setTimeout(resolve, this.durationMs));
    }
    return this.online
      ? makeResult('tcp://1.1.1.1:53', 'up', 'ok', startedAt, 'connectivity')
      : makeResult('tcp://1.1.1.1:53', 'down', 'local_offline', startedAt, 'connectivity');
  };
}

export interface HarnessOptions {
  monitors?: Monitor[];
  checks?: Partial<Settings['checks']>;
  maintenanceWindows?: Settings['maintenanceWindows'];
  random?: () => number;
  tuning?: Partial<SchedulerTuning>;
  start?: number;
  checkDurationMs?: number;
}

export function settingsWith(
  checks: Partial<Settings['checks']> = {},
  maintenanceWindows: Settings['maintenanceWindows'] = [],
): SchedulerSettings {
  return { checks: { ...DEFAULT_SETTINGS.checks, ...checks }, maintenanceWindows };
}

/** A scheduler on a fake clock with scripted checks, recording everything it reports. */
export function createHarness(options: HarnessOptions = {}) {
  const clock = new FakeClock(options.start);
  const checks = new FakeChecks(clock, options.checkDurationMs ?? 0);
  const connectivity = new FakeConnectivity(clock);
  const transitions: MonitorTransition[] = [];
  const results: { monitorId: string; result: CheckResult; at: number }[] = [];
  const connectivityChanges: ConnectivityChange[] = [];
  const errors: unknown[] = [];
  const scheduler = new MonitorScheduler(
    {
      clock,
      runCheck: checks.run,
      checkConnectivity: connectivity.check,
      settings: settingsWith(options.checks, options.maintenanceWindows),
      random: options.random ?? (() => 0),
      ...(options.tuning ? { tuning: options.tuning } : {}),
      onError: (error) => errors.push(error),
    },
    options.monitors ?? [],
  );
  scheduler.onTransition((transition) => transitions.push(transition));
  scheduler.onResult((monitorId, result) => results.push({ monitorId, result, at: clock.now() }));
  scheduler.onConnectivity((change) => connectivityChanges.push(change));
  const statusOf = (monitorId: string): MonitorStatus | undefined => scheduler.getState(monitorId)?.status;
  const transitionsOf = (monitorId: string): MonitorTransition[] =>
    transitions.filter((transition) => transition.monitorId === monitorId);
  return {
    clock,
    checks,
    connectivity,
    scheduler,
    transitions,
    results,
    connectivityChanges,
    errors,
    statusOf,
    transitionsOf,
  };
}

export type Harness = ReturnType<typeof createHarness>;

/** A harness whose scheduler is started and has run its first round of checks. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const harness = createHarness(options);
  harness.scheduler.start();
  await harness.clock.advance(0);
  return harness;
}

/** A small seeded PRNG so "random" jitter is repeatable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
