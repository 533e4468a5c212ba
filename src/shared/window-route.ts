/**
 * Which page the window shows, carried in the URL hash so the shell can open the window at an incident
 * (a notification click, the tray's "Open recovery guide") without any extra channel: main loads the
 * window's URL with `routeToHash(route)` as its hash, and the window reads `routeFromHash(location.hash)`
 * on start and on every `hashchange`. Web mode can use the same links.
 */
export type WindowRoute = { page: 'home' } | { page: 'settings' } | { page: 'incident'; incidentId: string };

const INCIDENT_PREFIX = '#/incident/';

export function routeToHash(route: WindowRoute): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'incident':
      return `${INCIDENT_PREFIX}${encodeURIComponent(route.incidentId)}`;
  }
}

/** Anything unrecognised is the home page, so a stale or hand-typed hash never strands the owner. */
export function routeFromHash(hash: string): WindowRoute {
  if (hash === '#/settings') return { page: 'settings' };
  if (hash.startsWith(INCIDENT_PREFIX)) {
    try {
      const incidentId = decodeURIComponent(hash.slice(INCIDENT_PREFIX.length));
      if (incidentId !== '' && incidentId.length <= 64) return { page: 'incident', incidentId };
    } catch {
      // A malformed escape falls through to the home page.
    }
  }
  return { page: 'home' };
}
