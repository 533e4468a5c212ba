import type { Clock, TimerHandle } from '../../src/core/clock';

interface PendingTimer {
  id: number;
  at: number;
  callback: () => void;
}

/** Where every fake clock starts unless told otherwise: a weekday morning, 09:00 UTC. */
export const FAKE_CLOCK_START = Date.UTC(2026, 10, 28, 9, 0, 0);

/** A clock that only moves when told to; `advance` fires due timers in time order, awaiting microtasks between them. */
export class FakeClock implements Clock {
  private current: number;
  private nextId = 1;
  private timers: PendingTimer[] = [];

  constructor(start = FAKE_CLOCK_START) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, delayMs: number): TimerHandle {
    const timer = { id: this.nextId++, at: this.current + Math.max(0, delayMs), callback };
    this.timers.push(timer);
    return { id: timer.id };
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle.id);
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  /** Moves time forward by `ms`, firing each due timer at its own moment and letting promises settle. */
  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      await flushMicrotasks();
      const due = this.timers
        .filter((timer) => timer.at <= target)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.current = Math.max(this.current, due.at);
      due.callback();
    }
    this.current = target;
    await flushMicrotasks();
  }

  /** Jumps the wall clock without firing timers, as a laptop waking from sleep does. */
  jump(ms: number): void {
    this.current += ms;
  }
}

export async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}
