import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { IncidentEvent } from '../../src/shared/incident';
import { cliEnv, ROOT } from '../cli/spawn-cli';

/** One `{"type":"incident",…}` line of `watch --json`. */
export interface PrintedIncidentEvent {
  incidentId: string;
  event: IncidentEvent;
}

export interface WatchProcess {
  readonly child: ChildProcess;
  /** Every incident event printed so far, in order. */
  readonly printed: PrintedIncidentEvent[];
  /** Whole lines that were not JSON; there should be none. */
  readonly malformed: string[];
  stderr(): string;
  /** Called with each incident event as its line arrives. */
  onIncidentEvent(listener: (printed: PrintedIncidentEvent) => void): void;
  /** SIGKILL, then resolves once the process is gone and its output read to the end. */
  kill(): Promise<{ signal: NodeJS.Signals | null; code: number | null }>;
}

const BUILT_ENTRY = join(ROOT, 'out', 'cli', 'index.js');

/**
 * The command line as one process, so that SIGKILL hits the process that writes: the build when there is
 * one (`npm test` builds first), else the sources through tsx's loader. (The `tsx` command itself runs
 * the script in a child process, which a SIGKILL of the parent would leave running.)
 */
export function cliCommandLine(args: string[]): [string, string[]] {
  return existsSync(BUILT_ENTRY)
    ? [process.execPath, [join(ROOT, 'bin', 'back-online.mjs'), ...args]]
    : [process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'index.ts'), ...args]];
}

export function startWatch(args: string[]): WatchProcess {
  const [command, commandArgs] = cliCommandLine(['watch', '--json', ...args]);
  const child = spawn(command, commandArgs, {
    cwd: ROOT,
    env: cliEnv({}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const printed: PrintedIncidentEvent[] = [];
  const malformed: string[] = [];
  const listeners: ((printed: PrintedIncidentEvent) => void)[] = [];
  let pending = '';
  let stderr = '';
  const readLines = (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    // the last piece has no newline yet: a SIGKILL may cut it, so only whole lines count as printed
    pending = lines.pop() ?? '';
    for (const line of lines) {
      let parsed: { type?: string; incidentId?: string; event?: IncidentEvent };
      try {
        parsed = JSON.parse(line) as typeof parsed;
      } catch {
        malformed.push(line);
        continue;
      }
      if (parsed.type !== 'incident' || parsed.incidentId === undefined || parsed.event === undefined)
        continue;
      const entry = { incidentId: parsed.incidentId, event: parsed.event };
      printed.push(entry);
      for (const listener of listeners) listener(entry);
    }
  };
  child.stdout?.setEncoding('utf8').on('data', readLines);
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const closed = new Promise<{ signal: NodeJS.Signals | null; code: number | null }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    printed,
    malformed,
    stderr: () => stderr,
    onIncidentEvent: (listener) => void listeners.push(listener),
    kill: () => {
      child.kill('SIGKILL');
      return closed;
    },
  };
}
