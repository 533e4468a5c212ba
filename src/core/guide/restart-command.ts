import { spawn } from 'node:child_process';
import { RESTART_OUTPUT_LINES } from '../../shared/guide/restart-outcome';

export interface CommandRun {
  result: 'ran' | 'timed_out' | 'not_started';
  exitCode: number | null;
  outputTail: string[];
  durationMs: number;
}

/** Runs a command and reports how it ended; never rejects. */
export type RunCommand = (argv: readonly string[], options: { timeoutMs: number }) => Promise<CommandRun>;

/** Keeps only the last lines of a stream of chunks, so a chatty command cannot fill memory. */
class OutputTail {
  private lines: string[] = [];
  private partial = '';

  add(chunk: string): void {
    const pieces = (this.partial + chunk).split(/\r?\n/);
    this.partial = pieces.pop() ?? '';
    this.lines.push(...pieces);
    if (this.lines.length > RESTART_OUTPUT_LINES) this.lines = this.lines.slice(-RESTART_OUTPUT_LINES);
    // a single endless line must not grow without bound either
    if (this.partial.length > 4096) this.partial = this.partial.slice(-4096);
  }

  read(): string[] {
    const all = this.partial === '' ? this.lines : [...this.lines, this.partial];
    return all.filter((line) => line.trim() !== '').slice(-RESTART_OUTPUT_LINES);
  }
}

/**
 * The owner's restart command, run as an argument list without a shell, so nothing in it is ever
 * interpreted. At the timeout it is killed (SIGKILL: a hung restart script must not hold the guide).
 */
export const runRestartCommand: RunCommand = (argv, { timeoutMs }) => {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const [command, ...args] = argv;
  if (command === undefined)
    return Promise.resolve({ result: 'not_started', exitCode: null, outputTail: [], durationMs: 0 });
  return new Promise((resolve) => {
    const tail = new OutputTail();
    let timedOut = false;
    let settled = false;
    const finish = (run: CommandRun) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(run);
    };
    const child = spawn(command, args, {
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => tail.add(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => tail.add(chunk));
    child.once('error', () =>
      finish({ result: 'not_started', exitCode: null, outputTail: [], durationMs: elapsed() }),
    );
    child.once('close', (code) =>
      finish({
        result: timedOut ? 'timed_out' : 'ran',
        exitCode: timedOut ? null : code,
        outputTail: tail.read(),
        durationMs: elapsed(),
      }),
    );
  });
};
