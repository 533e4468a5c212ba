import type { IncidentScope } from '../../shared/incident';

export interface IncidentGroup {
  groupKey: string;
  scope: IncidentScope;
}

/**
 * Host names compare without case, brackets, a trailing dot or a leading `www.`, so
 * `https://www.shop.nl` and `tls://shop.nl` land in one incident.
 */
export function normalizeHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/**
 * Remote monitors group by host (`host:shop.nl`): several checks of one site failing together are one
 * problem. Local monitors group by host when they have one (`local:127.0.0.1`), else stand alone
 * (`local:<monitorId>`), since two local programs stopping are two problems.
 */
export function groupForMonitor(monitor: {
  monitorId: string;
  host: string | null;
  remote: boolean;
}): IncidentGroup {
  const host = monitor.host === null ? '' : normalizeHost(monitor.host);
  if (monitor.remote) {
    return { groupKey: host === '' ? `monitor:${monitor.monitorId}` : `host:${host}`, scope: 'site' };
  }
  return { groupKey: `local:${host === '' ? monitor.monitorId : host}`, scope: 'local' };
}
