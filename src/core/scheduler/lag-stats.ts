export interface SchedulerStats {
  /** Median of (actual start − planned start) over the recent checks, in ms. */
  lagP50: number;
  lagP99: number;
  lagMax: number;
  /** Checks started since the scheduler was created. */
  checksRun: number;
  inFlight: number;
  queued: number;
}

const SAMPLE_SIZE = 2048;

/** Scheduling lag of the most recent checks in a fixed ring, so recording stays O(1) however long it runs. */
export class LagStats {
  private readonly samples = new Float64Array(SAMPLE_SIZE);
  private started = 0;

  record(lagMs: number): void {
    this.samples[this.started % SAMPLE_SIZE] = Math.max(0, lagMs);
    this.started += 1;
  }

  get checksRun(): number {
    return this.started;
  }

  summary(): { lagP50: number; lagP99: number; lagMax: number } {
    const count = Math.min(this.started, SAMPLE_SIZE);
    if (count === 0) return { lagP50: 0, lagP99: 0, lagMax: 0 };
    const sorted = this.samples.slice(0, count).sort();
    const at = (quantile: number): number => sorted[Math.min(count - 1, Math.floor(quantile * count))] ?? 0;
    return { lagP50: at(0.5), lagP99: at(0.99), lagMax: sorted[count - 1] ?? 0 };
  }
}
