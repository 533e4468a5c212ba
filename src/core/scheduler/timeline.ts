import type { Clock, TimerHandle } from '../clock';

interface Entry {
  key: string;
  at: number;
  /** Breaks ties between entries due at the same moment: first scheduled, first run. */
  seq: number;
  run: (plannedAt: number) => void;
}

/**
 * Every future moment the scheduler cares about (each monitor's next check, the connectivity probe, the
 * end of snooze or grace, the next maintenance boundary), kept in one indexed min-heap behind a single
 * clock timer.
 *
 * Why one heap rather than one timer per monitor: rescheduling or cancelling a monitor is O(log n) with no
 * timer churn, a system suspend is "clear one timer", and a wall-clock jump shows up in exactly one place
 * (how late that timer fired), which is how a resume is detected without being told. With 1,000 monitors
 * the heap is ten levels deep, so the work per due monitor stays a handful of comparisons.
 */
export class Timeline {
  private readonly heap: Entry[] = [];
  private readonly positions = new Map<string, number>();
  private nextSeq = 0;
  private timer: TimerHandle | null = null;
  private armedFor: number | null = null;
  private running = false;
  private firing = false;

  constructor(
    private readonly clock: Clock,
    /** Called when the timer fires, with how late it fired, before any entry runs. */
    private readonly onWake: (lateMs: number) => void,
  ) {}

  /** Puts `key` at `at`, replacing any earlier schedule of the same key. */
  set(key: string, at: number, run: (plannedAt: number) => void): void {
    const index = this.positions.get(key);
    if (index === undefined) {
      this.heap.push({ key, at, seq: this.nextSeq++, run });
      this.positions.set(key, this.heap.length - 1);
      this.siftUp(this.heap.length - 1);
    } else {
      const entry = this.heap[index] as Entry;
      entry.at = at;
      entry.seq = this.nextSeq++;
      entry.run = run;
      this.siftUp(index);
      this.siftDown(this.positions.get(key) as number);
    }
    this.arm();
  }

  cancel(key: string): void {
    const index = this.positions.get(key);
    if (index === undefined) return;
    this.removeAt(index);
    this.arm();
  }

  has(key: string): boolean {
    return this.positions.has(key);
  }

  dueAt(key: string): number | null {
    const index = this.positions.get(key);
    return index === undefined ? null : (this.heap[index] as Entry).at;
  }

  get size(): number {
    return this.heap.length;
  }

  /** Starts firing entries; entries may be set while stopped. */
  start(): void {
    this.running = true;
    this.arm();
  }

  /** Stops the clock timer; entries stay so `start` carries on where it left off. */
  pause(): void {
    this.running = false;
    this.disarm();
  }

  clear(): void {
    this.heap.length = 0;
    this.positions.clear();
    this.disarm();
  }

  private arm(): void {
    if (!this.running || this.firing) return;
    const first = this.heap[0];
    if (!first) {
      this.disarm();
      return;
    }
    if (this.armedFor === first.at && this.timer) return;
    this.disarm();
    this.armedFor = first.at;
    this.timer = this.clock.setTimeout(() => this.fire(), Math.max(0, first.at - this.clock.now()));
  }

  private disarm(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.armedFor = null;
  }

  private fire(): void {
    const planned = this.armedFor ?? this.clock.now();
    this.timer = null;
    this.armedFor = null;
    this.firing = true;
    try {
      const now = this.clock.now();
      this.onWake(now - planned);
      for (;;) {
        if (!this.running) break;
        const first = this.heap[0];
        if (!first || first.at > now) break;
        this.removeAt(0);
        first.run(first.at);
      }
    } finally {
      this.firing = false;
      this.arm();
    }
  }

  private removeAt(index: number): void {
    const removed = this.heap[index] as Entry;
    const last = this.heap.pop() as Entry;
    this.positions.delete(removed.key);
    if (index === this.heap.length) return;
    this.heap[index] = last;
    this.positions.set(last.key, index);
    this.siftUp(index);
    this.siftDown(this.positions.get(last.key) as number);
  }

  private before(a: Entry, b: Entry): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private swap(i: number, j: number): void {
    const a = this.heap[i] as Entry;
    const b = this.heap[j] as Entry;
    this.heap[i] = b;
    this.heap[j] = a;
    this.positions.set(b.key, i);
    this.positions.set(a.key, j);
  }

  private siftUp(start: number): void {
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(this.heap[index] as Entry, this.heap[parent] as Entry)) return;
      this.swap(index, parent);
      index = parent;
    }
  }

  private siftDown(start: number): void {
    let index = start;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let smallest = index;
      if (left < this.heap.length && this.before(this.heap[left] as Entry, this.heap[smallest] as Entry))
        smallest = left;
      if (right < this.heap.length && this.before(this.heap[right] as Entry, this.heap[smallest] as Entry))
        smallest = right;
      if (smallest === index) return;
      this.swap(index, smallest);
      index = smallest;
    }
  }
}
