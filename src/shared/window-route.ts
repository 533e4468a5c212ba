import type { GuideStep } from './guide/guide-steps';
import { isGuideStep } from './guide/guide-steps';

/**
 * Which page the window shows, carried in the URL hash so the shell can open the window at an incident
 * (a notification click, the tray's "Open recovery guide") without any extra channel: main loads the
 * window's URL with `routeToHash(route)` as its hash, and the window reads `routeFromHash(location.hash)`
 * on start and on every `hashchange`. Web mode can use the same links.
 *
 * An incident without a step opens the guide where the owner left off; with a step it opens that step.
 */
export type WindowRoute =
  | { page: 'home' }
  | { page: 'settings' }
  | { page: 'history' }
  | { page: 'welcome' }
  | { page: 'incident'; incidentId: string; step?: GuideStep };

export type WindowPage = WindowRoute['page'];

const INCIDENT_PREFIX = '#/incident/';
const MAX_INCIDENT_ID_LENGTH = 64;
const SIMPLE_PAGES: Record<string, WindowRoute> = {
  '#/settings': { page: 'settings' },
  '#/history': { page: 'history' },
  '#/welcome': { page: 'welcome' },
};

export function routeToHash(route: WindowRoute): string {
  switch (route.page) {
    case 'home':
      return '#/';
    case 'settings':
    case 'history':
    case 'welcome':
      return `#/${route.page}`;
    case 'incident': {
      const base = `${INCIDENT_PREFIX}${encodeURIComponent(route.incidentId)}`;
      return route.step ? `${base}/${route.step}` : base;
    }
  }
}

function incidentRoute(rest: string): WindowRoute | null {
  const [encodedId = '', step, ...extra] = rest.split('/');
  if (extra.length > 0) return null;
  let incidentId: string;
  try {
    incidentId = decodeURIComponent(encodedId);
  } catch {
    return null;
  }
  if (incidentId === '' || incidentId.length > MAX_INCIDENT_ID_LENGTH) return null;
  // An unknown step still opens the incident, at the step the owner left off.
  return step !== undefined && isGuideStep(step)
    ? { page: 'incident', incidentId, step }
    : { page: 'incident', incidentId };
}

/** Anything unrecognised is the home page, so a stale or hand-typed hash never strands the owner. */
export function routeFromHash(hash: string): WindowRoute {
  const simple = SIMPLE_PAGES[hash.endsWith('/') ? hash.slice(0, -1) : hash];
  if (simple) return simple;
  if (hash.startsWith(INCIDENT_PREFIX)) {
    const route = incidentRoute(hash.slice(INCIDENT_PREFIX.length).replace(/\/$/, ''));
    if (route) return route;
  }
  return { page: 'home' };
}

export function sameRoute(a: WindowRoute, b: WindowRoute): boolean {
  return routeToHash(a) === routeToHash(b);
}
