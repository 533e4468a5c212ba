import type { CheckResult } from '../../shared/check-result';
import type { Clock } from '../clock';
import { settleWithin } from './deadline';
import { unknownResult } from './monitor-runner';

/** Asks whether this machine can reach the internet; injected so tests decide the answer. */
export type CheckConnectivity = () => Promise<CheckResult>;

export interface OfflineDetectorOptions {
  /** How long an answer is reused, so a burst of failing monitors costs one probe. */
  cacheMs: number;
  /** A probe that has not answered by then counts as "cannot tell", which never means offline. */
  giveUpMs: number;
}

/**
 * Knows whether the machine is online. Concurrent callers share one probe in flight, and a recent answer
 * is reused. Only a probe that says "down" means offline: a probe that cannot tell must not hide real
 * outages behind "you are offline".
 */
export class OfflineDetector {
  private online = true;
  private inFlight: Promise<boolean> | null = null;
  private lastAnswer: { online: boolean; at: number } | null = null;
  private generation = 0;

  constructor(
    private readonly check: CheckConnectivity,
    private readonly clock: Clock,
    private readonly options: OfflineDetectorOptions,
    private readonly onChange: (online: boolean, result: CheckResult) => void,
  ) {}

  isOffline(): boolean {
    return !this.online;
  }

  /** Resolves to whether the machine is online; `fresh` skips the cached answer (not a probe in flight). */
  probe(fresh = false): Promise<boolean> {
    if (this.inFlight) return this.inFlight;
    const cached = this.lastAnswer;
    if (!fresh && cached && this.clock.now() - cached.at < this.options.cacheMs) {
      return Promise.resolve(cached.online);
    }
    const probe = this.runProbe(this.generation).finally(() => {
      if (this.inFlight === probe) this.inFlight = null;
    });
    this.inFlight = probe;
    return probe;
  }

  /**
   * Drops the cached answer and ignores a probe in flight (stop, sleep): answers from before no longer
   * describe the network. Online or offline stays as it was until the next probe says otherwise, so
   * listeners always hear both sides of a change.
   */
  forget(): void {
    this.generation += 1;
    this.inFlight = null;
    this.lastAnswer = null;
  }

  private async runProbe(generation: number): Promise<boolean> {
    const result = await this.askWithDeadline();
    if (generation !== this.generation) return this.online;
    const online = result.status !== 'down';
    this.lastAnswer = { online, at: this.clock.now() };
    if (online !== this.online) {
      this.online = online;
      this.onChange(online, result);
    }
    return online;
  }

  private askWithDeadline(): Promise<CheckResult> {
    const startedAt = this.clock.now();
    return settleWithin(
      this.clock,
      this.options.giveUpMs,
      () => this.check(),
      (reason) =>
        unknownResult('connectivity', 'connectivity', startedAt, this.clock.now() - startedAt, {
          checkFailed: reason,
        }),
    );
  }
}
