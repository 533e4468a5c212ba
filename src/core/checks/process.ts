import { askProbe } from './ask-probe';
import { beginCheck, probeUnavailable, unexpectedFailure } from './check-run';
import type { CheckFn } from './types';

/** Process names compare case-insensitively and without Windows' `.exe`, so `Postgres.EXE` is `postgres`. */
function normalizeProcessName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/\.exe$/, '');
}

function executableName(command: string): string {
  return normalizeProcessName(command.split(/[\\/]/).pop() ?? '');
}

/**
 * A process matches on its name or on the executable it was started from; a wanted name that holds a
 * path (`/usr/sbin/nginx`) must match that path.
 */
function matches(wanted: string, process: { name: string; command: string }): boolean {
  const command = process.command.trim();
  if (/[\\/]/.test(wanted)) {
    return (
      normalizeProcessName(command.replace(/\\/g, '/')) === normalizeProcessName(wanted.replace(/\\/g, '/'))
    );
  }
  const firstWord = command.split(/\s+/)[0] ?? '';
  return (
    normalizeProcessName(process.name) === wanted ||
    executableName(command) === wanted ||
    executableName(firstWord) === wanted
  );
}

export const checkProcess: CheckFn<'process'> = async (target, text, options, deps) => {
  const run = beginCheck('process', text, deps);
  const details = { processName: target.name };
  try {
    const processes = await askProbe(() => deps.system.processes(), options.timeoutMs);
    if (!processes) return run.finish(probeUnavailable(details));
    const wanted = normalizeProcessName(target.name);
    const running = processes.filter((candidate) => matches(wanted, candidate)).length;
    return running > 0
      ? run.finish({ status: 'up', cause: 'ok', details: { ...details, processCount: running } })
      : run.finish({
          status: 'down',
          cause: 'process_not_running',
          details: { ...details, processCount: 0 },
        });
  } catch {
    return run.finish(unexpectedFailure(details));
  }
};
