import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { fsSize, networkGatewayDefault, processes, services } from 'systeminformation';
import type { SystemProbe } from './system-probe';

type ProcessList = { name: string; command: string }[];
type ServiceList = { name: string; running: boolean }[];

const TOOL_TIMEOUT_MS = 10_000;

/**
 * Runs a tool and returns its output, also when it exits non-zero (systemctl does for inactive
 * units); null when the tool cannot run at all.
 */
function runTool(command: string, args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: TOOL_TIMEOUT_MS, windowsHide: true }, (error, stdout) => {
      const couldNotRun = error !== null && (typeof error.code !== 'number' || error.killed);
      resolve(couldNotRun ? null : String(stdout));
    });
  });
}

/**
 * Linux processes straight from /proc: the kernel's name plus the executable the process was started
 * from. systeminformation's `ps` parsing splits command lines at every `/`, so `node /srv/app.js`
 * comes back as a process named `app.js`; /proc has no such ambiguity and needs no `ps`.
 */
async function procProcesses(): Promise<ProcessList | null> {
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return null;
  }
  const found = await Promise.all(
    entries
      .filter((entry) => /^\d+$/.test(entry))
      .map(async (pid) => {
        try {
          const [comm, cmdline] = await Promise.all([
            readFile(`/proc/${pid}/comm`, 'utf8'),
            readFile(`/proc/${pid}/cmdline`, 'utf8'),
          ]);
          return [{ name: comm.trim(), command: cmdline.split('\0')[0] ?? '' }];
        } catch {
          // the process ended between listing and reading
          return [];
        }
      }),
  );
  const list = found.flat();
  return list.length > 0 ? list : null;
}

/**
 * Processes through systeminformation (macOS, Windows, BSD). Without `ps` it answers an empty list;
 * this very process is always running, so an empty list means "cannot tell".
 */
export async function siProcesses(): Promise<ProcessList | null> {
  const answer = await processes();
  if (answer.list.length === 0) return null;
  return answer.list.map((entry) => ({
    name: entry.name,
    command:
      entry.path && /[\\/]/.test(entry.path)
        ? `${entry.path.replace(/[\\/]$/, '')}/${entry.command}`
        : entry.command,
  }));
}

async function systemdIsRunning(): Promise<boolean> {
  try {
    return (await stat('/run/systemd/system')).isDirectory();
  } catch {
    return false;
  }
}

const RUNNING_UNIT_STATES = new Set(['active', 'reloading', 'refreshing']);

/**
 * Linux services are systemd units, asked of systemctl. systeminformation only greps `ps` output for
 * the name on Linux, which says "stopped" for every unit on a machine without systemd.
 */
async function systemdServices(names: string[]): Promise<ServiceList | null> {
  if (!(await systemdIsRunning())) return null;
  const output = await runTool('systemctl', ['is-active', '--', ...names]);
  const states = output?.trim().split('\n') ?? [];
  if (states.length !== names.length) return null;
  return names.map((name, index) => ({
    name,
    running: RUNNING_UNIT_STATES.has(states[index]?.trim() ?? ''),
  }));
}

/**
 * Services through systeminformation: the Service Control Manager on Windows, `ps` on macOS. Without
 * `ps` it calls every service stopped, so an all-stopped answer is only trusted when `ps` runs.
 */
export async function siServices(names: string[]): Promise<ServiceList | null> {
  const answer = await services(names.join(','));
  if (!Array.isArray(answer) || answer.length === 0) return null;
  if (process.platform !== 'win32' && answer.every((entry) => !entry.running)) {
    const ps = await runTool('ps', ['-p', String(process.pid)]);
    if (ps === null || ps.trim() === '') return null;
  }
  return names.flatMap((name) => {
    const entry = answer.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    return entry ? [{ name, running: entry.running }] : [];
  });
}

/** Running systemd services on Linux; everywhere else systeminformation's list ('*' asks for all). */
async function runningServices(linux: boolean): Promise<string[] | null> {
  if (linux) {
    if (!(await systemdIsRunning())) return null;
    const output = await runTool('systemctl', [
      'list-units',
      '--type=service',
      '--state=running',
      '--no-legend',
      '--plain',
    ]);
    if (output === null) return null;
    return output
      .split('\n')
      .map((line) => line.trim().split(/\s+/)[0] ?? '')
      .filter((unit) => unit.endsWith('.service'))
      .map((unit) => unit.slice(0, -'.service'.length));
  }
  const answer = await services('*');
  if (!Array.isArray(answer) || answer.length === 0) return null;
  return answer.filter((entry) => entry.running).map((entry) => entry.name);
}

async function filesystems() {
  const answer = await fsSize();
  const list = answer
    .filter((entry) => entry.mount && Number.isFinite(entry.size) && Number.isFinite(entry.available))
    .map((entry) => ({ mount: entry.mount, sizeBytes: entry.size, availableBytes: entry.available }));
  return list.length > 0 ? list : null;
}

async function defaultGateway() {
  const gateway = (await networkGatewayDefault()).trim();
  return gateway === '' ? null : gateway;
}

/** Never throws: a question the machine cannot answer comes back null, which checks report as unknown. */
function orNull<A extends unknown[], T>(ask: (...args: A) => Promise<T | null>) {
  return async (...args: A): Promise<T | null> => {
    try {
      return await ask(...args);
    } catch {
      return null;
    }
  };
}

/** The real machine, seen through /proc, systemctl and systeminformation. */
export function createSystemProbe(): SystemProbe {
  const linux = process.platform === 'linux';
  return {
    processes: orNull(async () => (linux ? ((await procProcesses()) ?? siProcesses()) : siProcesses())),
    services: orNull((names: string[]) => (linux ? systemdServices(names) : siServices(names))),
    runningServices: orNull(() => runningServices(linux)),
    filesystems: orNull(filesystems),
    defaultGateway: orNull(defaultGateway),
  };
}
