import type { Monitor } from '../../shared/monitor';
import { isRemoteTarget, parseTarget } from '../../shared/target';
import type { IncidentInput } from '../incidents';
import type { MonitorTransition } from '../scheduler/types';

/** The host an incident groups by, and whether reaching it needs the internet. */
function targetFacts(monitor: Monitor): { host: string | null; remote: boolean } {
  const parsed = parseTarget(monitor.target);
  if (!parsed.ok) return { host: null, remote: false };
  const target = parsed.target;
  const remote = isRemoteTarget(target);
  if (target.kind === 'http' || target.kind === 'tcp' || target.kind === 'tls')
    return { host: target.host, remote };
  if (target.kind === 'dns') return { host: target.name, remote };
  return { host: null, remote };
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
          ...targetFacts(monitor),
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
