/**
 * A unit of work for the queue; `start` runs it and settles when its slot may be given to the next job.
 * `start` reports its own errors: a rejection only frees the slot.
 */
export interface QueuedJob {
  start(): Promise<void>;
  /** Called instead of `start` when the job is dropped before it ran. */
  drop(): void;
}

/**
 * A first-in, first-out queue that never runs more than `limit` jobs at once. The head index makes
 * taking the next job O(1); the array is compacted only once the consumed part dominates it.
 */
export class RunQueue {
  private jobs: QueuedJob[] = [];
  private head = 0;
  private running = 0;

  constructor(private limit: number) {}

  get inFlight(): number {
    return this.running;
  }

  get waiting(): number {
    return this.jobs.length - this.head;
  }

  setLimit(limit: number): void {
    this.limit = Math.max(1, limit);
    this.drain();
  }

  push(job: QueuedJob): void {
    this.jobs.push(job);
    this.drain();
  }

  /** Drops every job that has not started; running jobs keep their slots until they settle. */
  dropWaiting(): void {
    const dropped = this.jobs.slice(this.head);
    this.jobs = [];
    this.head = 0;
    for (const job of dropped) job.drop();
  }

  private drain(): void {
    while (this.running < this.limit && this.head < this.jobs.length) {
      const job = this.jobs[this.head] as QueuedJob;
      this.head += 1;
      this.running += 1;
      const release = (): void => {
        this.running -= 1;
        this.drain();
      };
      job.start().then(release, release);
    }
    if (this.head > 1024 && this.head * 2 > this.jobs.length) {
      this.jobs = this.jobs.slice(this.head);
      this.head = 0;
    }
  }
}
