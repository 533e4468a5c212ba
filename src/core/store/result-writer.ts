import type { CheckResult } from '../../shared/check-result';
import type { Clock, TimerHandle } from '../clock';
import { systemClock } from '../clock';
import type { MonitorResult, ResultRepository } from './result-repository';

export interface ResultWriterOptions {
  clock?: Clock;
  /** A result waits at most this long before it is written. */
  flushIntervalMs?: number;
  /** This many waiting results are written at once without waiting for the timer. */
  batchSize?: number;
  /** Waiting results kept while writes fail; the oldest are dropped beyond it so memory stays bounded. */
  maxPending?: number;
  /** Told about a background write that failed; the results stay queued for the next attempt. */
  onError?: (error: unknown) => void;
}

/**
 * Buffers check results and writes them in one transaction per batch: one commit a second instead of
 * one per result keeps 1,000 monitors at a 30 s interval cheap. Call `stop()` on shutdown to write
 * what is still waiting.
 */
export class ResultWriter {
  private pending: MonitorResult[] = [];
  private timer: TimerHandle | null = null;
  private readonly clock: Clock;
  private readonly flushIntervalMs: number;
  private readonly batchSize: number;
  private readonly maxPending: number;
  private readonly onError: (error: unknown) => void;

  constructor(
    private readonly results: ResultRepository,
    options: ResultWriterOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.flushIntervalMs = options.flushIntervalMs ?? 1_000;
    this.batchSize = options.batchSize ?? 500;
    this.maxPending = options.maxPending ?? 20_000;
    this.onError = options.onError ?? (() => undefined);
  }

  get pendingCount(): number {
    return this.pending.length;
  }

  record(monitorId: string, result: CheckResult): void {
    this.pending.push({ monitorId, result });
    if (this.pending.length > this.maxPending) this.pending.splice(0, this.pending.length - this.maxPending);
    if (this.pending.length >= this.batchSize) this.flushInBackground();
    else this.timer ??= this.clock.setTimeout(() => this.flushInBackground(), this.flushIntervalMs);
  }

  /** Writes everything waiting now; throws when the write fails (the results stay queued). */
  flush(): number {
    this.cancelTimer();
    if (this.pending.length === 0) return 0;
    const batch = this.pending;
    this.pending = [];
    try {
      return this.results.insertMany(batch);
    } catch (error) {
      this.pending = [...batch, ...this.pending].slice(-this.maxPending);
      throw error;
    }
  }

  /** Stops the timer and writes what is waiting. */
  stop(): number {
    return this.flush();
  }

  private flushInBackground(): void {
    try {
      this.flush();
    } catch (error) {
      this.onError(error);
      this.timer ??= this.clock.setTimeout(() => this.flushInBackground(), this.flushIntervalMs);
    }
  }

  private cancelTimer(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
