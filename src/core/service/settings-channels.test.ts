import { afterEach, describe, expect, it } from 'vitest';
import { guideServiceWorld } from '../../../test/support/guide-service';

describe('settings channels of the service', () => {
  const world = guideServiceWorld();
  afterEach(() => world.cleanUp());

  it('clears an optional monitor field given as null and keeps the fields left out', async () => {
    const { call, idOf } = await world.start([
      { name: 'Webshop', target: 'https://shop.example.nl', keyword: 'Bestel', slowThresholdMs: 2000 },
    ]);
    const id = idOf('Webshop');
    const changed = await call('monitors.update', { id, changes: { keyword: null, intervalSeconds: 120 } });
    expect(changed.keyword).toBeUndefined();
    expect(changed.slowThresholdMs).toBe(2000);
    expect(changed.intervalSeconds).toBe(120);
    const listed = await call('monitors.list', {});
    expect(listed[0]).not.toHaveProperty('keyword');
    expect(listed[0]?.slowThresholdMs).toBe(2000);
  });

  it('refuses null for a field every monitor needs', async () => {
    const { service, idOf } = await world.start([{ name: 'Webshop', target: 'https://shop.example.nl' }]);
    const { parseApiRequest } = await import('../../shared/api-contract');
    const parsed = parseApiRequest('monitors.update', { id: idOf('Webshop'), changes: { target: null } });
    expect(parsed.ok).toBe(false);
    expect(service.getState().monitors[0]?.monitor.target).toBe('https://shop.example.nl');
  });

  it('deletes the measurements and the resolved incidents, never an open one', async () => {
    const { service, call, idOf, openIncident } = await world.start([
      { name: 'Webshop', target: 'https://shop.example.nl' },
      { name: 'Kassa', target: 'tcp://192.168.1.20:9100' },
    ]);
    const solved = await openIncident('Webshop');
    world.checks.set(idOf('Webshop'), 'up');
    await world.clock.advance(31_000);
    await call('incidents.resolve', { id: solved, note: 'Hoster restarted the server' });
    const stillOpen = await openIncident('Kassa');
    const eventsBefore = (await call('incidents.get', { id: stillOpen })).timeline.length;
    expect((await call('monitors.history', { id: idOf('Webshop'), range: '24h' })).uptime).not.toBeNull();

    expect(await call('history.clear', {})).toEqual({ removedIncidents: 1 });

    const listed = await call('incidents.list', { includeResolved: true });
    expect(listed.map((incident) => incident.id)).toEqual([stillOpen]);
    expect((await call('incidents.get', { id: stillOpen })).timeline.length).toBe(eventsBefore);
    expect((await service.handle('incidents.get', { id: solved })).ok).toBe(false);
    expect((await call('monitors.history', { id: idOf('Webshop'), range: '24h' })).uptime).toBeNull();
    expect(service.getState().openIncidents.map((incident) => incident.id)).toEqual([stillOpen]);
  });

  it('answers the desktop-only channels as unavailable outside the desktop app', async () => {
    const { service, call } = await world.start([]);
    expect(await call('app.desktopFeatures', {})).toEqual({
      startAtLogin: false,
      openDataFolder: false,
      openLog: false,
    });
    expect(await service.handle('app.openDataFolder', {})).toEqual({
      ok: false,
      error: { code: 'unavailable' },
    });
  });
});
