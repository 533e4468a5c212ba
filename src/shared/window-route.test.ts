import { describe, expect, it } from 'vitest';
import type { WindowRoute } from './window-route';
import { routeFromHash, routeToHash } from './window-route';

describe('window routes in the URL hash', () => {
  it('round-trips every page, escaping incident ids', () => {
    const routes: WindowRoute[] = [
      { page: 'home' },
      { page: 'settings' },
      { page: 'incident', incidentId: 'inc-42' },
      { page: 'incident', incidentId: 'a/b#c?d e' },
    ];
    for (const route of routes) expect(routeFromHash(routeToHash(route))).toEqual(route);
    expect(routeToHash({ page: 'incident', incidentId: 'a/b#c' })).toBe('#/incident/a%2Fb%23c');
  });

  it('falls back to the home page for anything it does not know', () => {
    for (const hash of [
      '',
      '#',
      '#/nope',
      '#/incident/',
      '#/incident/%E0%A4%A',
      `#/incident/${'x'.repeat(65)}`,
    ]) {
      expect(routeFromHash(hash)).toEqual({ page: 'home' });
    }
  });
});
