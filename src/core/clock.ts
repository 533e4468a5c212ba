/** Time as core code sees it; injected so scheduler and incident tests run without real waiting. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  setTimeout(callback: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** Opaque to its users: only the clock that made a handle reads it. */
export interface TimerHandle {
  readonly id: number;
}

interface SystemTimerHandle extends TimerHandle {
  readonly timer: NodeJS.Timeout;
}

let nextSystemTimerId = 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(callback, delayMs) {
    const timer = setTimeout(callback, delayMs);
    // Core timers never keep a process alive on their own: the CLI and the shell decide when to exit.
    timer.unref();
    const handle: SystemTimerHandle = { id: nextSystemTimerId++, timer };
    return handle;
  },
  clearTimeout(handle) {
    clearTimeout((handle as SystemTimerHandle).timer);
  },
};
