import type { Monitor } from '../../shared/monitor';
import { isRemoteTarget, parseTarget } from '../../shared/target';
import type { IncidentInput } from '../incidents';
import type { MonitorTransition } from '../scheduler/types';

function hostOf(monitor: Monitor): string | null {
  const parsed = parseTarget(monitor.target);
  if (!parsed.ok) return null;
  const target = parsed.target;
  if (target.kind === 'http' || target.kind === 'tcp' || target.kind === 'tls') return target.host;
  if (target.kind === 'dns') return target.name;
  return null;
}

function isRemote(monitor: Monitor): boolean {
  const parsed = parseTarget(monitor.target);
  return parsed.ok && isRemoteTarget(parsed.target);
}

/**
 * Turns a confirmed status change into what the incident reducer understands. Only real recoveries
 * (to up or degraded) close anything: a monitor that goes from down to unknown (offline) or paused
 * (maintenance) has not been seen working again.
 */
export function incidentInputsFor(transition: MonitorTransition, monitor: Monitor): IncidentInput[] {
  const { at, monitorId, cause, duringSnooze } = transition;
  const details = transition.result?.details ?? {};
  switch (transition.to) {
    case 'down':
      return [
        {
          kind: 'monitor_down',
          at,
          monitorId,
          monitorName: monitor.name,
          target: monitor.target,
          host: hostOf(monitor),
          remote: isRemote(monitor),
          cause,
          details,
          duringSnooze,
        },
      ];
    case 'up':
      return [{ kind: 'monitor_up', at, monitorId, duringSnooze }];
    case 'degraded':
      return [{ kind: 'monitor_degraded', at, monitorId, cause, details, duringSnooze }];
    default:
      return [];
  }
}
