import { describe, expect, it } from 'vitest';
import { GUIDE_STEPS } from './guide/guide-steps';
import type { WindowRoute } from './window-route';
import { routeFromHash, routeToHash, sameRoute } from './window-route';

describe('window routes in the URL hash', () => {
  it('round-trips every page and every guide step, escaping incident ids', () => {
    const routes: WindowRoute[] = [
      { page: 'home' },
      { page: 'settings' },
      { page: 'history' },
      { page: 'welcome' },
      { page: 'incident', incidentId: 'inc-42' },
      { page: 'incident', incidentId: 'a/b#c?d e' },
      ...GUIDE_STEPS.map((step): WindowRoute => ({ page: 'incident', incidentId: 'a/b', step })),
    ];
    for (const route of routes) expect(routeFromHash(routeToHash(route))).toEqual(route);
    expect(routeToHash({ page: 'incident', incidentId: 'a/b#c' })).toBe('#/incident/a%2Fb%23c');
    expect(routeToHash({ page: 'incident', incidentId: 'inc-1', step: 'verify' })).toBe(
      '#/incident/inc-1/verify',
    );
    expect(routeToHash({ page: 'history' })).toBe('#/history');
  });

  it('reads the hashes people and main write, trailing slash or not', () => {
    expect(routeFromHash('#/settings/')).toEqual({ page: 'settings' });
    expect(routeFromHash('#/welcome')).toEqual({ page: 'welcome' });
    expect(routeFromHash('#/incident/inc-1/')).toEqual({ page: 'incident', incidentId: 'inc-1' });
    expect(routeFromHash('#/incident/inc-1/fix/')).toEqual({
      page: 'incident',
      incidentId: 'inc-1',
      step: 'fix',
    });
  });

  it('opens the incident where the owner left off when the step is unknown', () => {
    expect(routeFromHash('#/incident/inc-1/repair')).toEqual({ page: 'incident', incidentId: 'inc-1' });
  });

  it('falls back to the home page for anything it does not know', () => {
    for (const hash of [
      '',
      '#',
      '#/nope',
      '#/incident/',
      '#/incident//fix',
      '#/incident/inc-1/fix/extra',
      '#/incident/%E0%A4%A',
      `#/incident/${'x'.repeat(65)}`,
    ]) {
      expect(routeFromHash(hash)).toEqual({ page: 'home' });
    }
  });

  it('compares routes by their address', () => {
    expect(sameRoute({ page: 'incident', incidentId: 'a' }, { page: 'incident', incidentId: 'a' })).toBe(true);
    expect(
      sameRoute({ page: 'incident', incidentId: 'a' }, { page: 'incident', incidentId: 'a', step: 'fix' }),
    ).toBe(false);
  });
});
