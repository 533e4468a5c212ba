import type { ConfigMonitor, Monitor, MonitorInput } from '../../shared/monitor';

/** The default time a restart command gets before it is stopped. */
export const DEFAULT_RESTART_TIMEOUT_MS = 60_000;

export interface RestartCommand {
  argv: readonly string[];
  timeoutMs: number;
}

/** The config's monitors as the database keeps them: without their restart commands, which stay in memory. */
export function withoutRestartCommands(monitors: readonly ConfigMonitor[]): MonitorInput[] {
  return monitors.map(({ restartCommand: _command, restartTimeoutSeconds: _timeout, ...input }) => input);
}

/**
 * Restart commands by monitor id. Config monitors are matched to stored ones by name, in order, the way
 * the database sync matches them, so two monitors with one name keep their own commands.
 */
export function restartCommandsById(
  configured: readonly ConfigMonitor[],
  stored: readonly Monitor[],
): Map<string, RestartCommand> {
  const byName = new Map<string, Monitor[]>();
  for (const monitor of stored) byName.set(monitor.name, [...(byName.get(monitor.name) ?? []), monitor]);
  const commands = new Map<string, RestartCommand>();
  for (const monitor of configured) {
    const match = byName.get(monitor.name)?.shift();
    if (match === undefined || monitor.restartCommand === undefined) continue;
    const timeoutMs =
      monitor.restartTimeoutSeconds === undefined
        ? DEFAULT_RESTART_TIMEOUT_MS
        : monitor.restartTimeoutSeconds * 1000;
    commands.set(match.id, { argv: monitor.restartCommand, timeoutMs });
  }
  return commands;
}
