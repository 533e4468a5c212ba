import type { LocalThings } from '../../shared/api-contract';
import type { SystemProbe } from '../checks/system-probe';

/** Enough to find anything a shop runs; a list longer than this is a server, not a shop's computer. */
const MAX_LISTED = 400;

/** Names that are the machine's own plumbing rather than something a business runs on. */
const PLUMBING =
  /^(?:kworker|ksoftirqd|kthreadd|migration|rcu_|idle_inject|cpuhp|watchdog|irq\/|systemd|dbus|sh$|bash$|zsh$|ps$|login$|sudo$|ssh$|sshd$|agetty$|cron$)/i;

/** The probe gives the executable's path without arguments; a path may hold spaces (C:\Program Files). */
function executableName(command: string): string {
  return command.trim().split(/[\\/]/).pop() ?? '';
}

function tidy(names: Iterable<string>): string[] {
  const unique = new Map<string, string>();
  for (const name of names) {
    const trimmed = name.trim();
    if (trimmed === '' || PLUMBING.test(trimmed)) continue;
    // Windows names programs with .exe and cases vary; the process check compares the same way.
    const key = trimmed.toLowerCase().replace(/\.exe$/, '');
    if (!unique.has(key)) unique.set(key, trimmed);
  }
  return [...unique.values()].sort((a, b) => a.localeCompare(b)).slice(0, MAX_LISTED);
}

/**
 * The programs and services running on this computer, for the welcome's "local things that matter":
 * names only, sorted, the machine's own plumbing (kernel threads, shells, systemd) left out. A list the
 * machine cannot give is null, so the window can say so instead of showing nothing.
 */
export async function listLocalThings(probe: SystemProbe): Promise<LocalThings> {
  const [processes, services] = await Promise.all([probe.processes(), probe.runningServices()]);
  return {
    // Kernel threads have no executable; what a business runs always does. Its file name is what the owner
    // knows it by: the kernel's name may be a thread's (Node calls its main thread "MainThread").
    processes:
      processes === null
        ? null
        : tidy(
            processes.filter((entry) => entry.command !== '').map((entry) => executableName(entry.command)),
          ),
    services: services === null ? null : tidy(services),
  };
}
