import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../store/database';
import { ResultRepository } from '../store/result-repository';
import { checkResult } from '../store/store-test-helpers';
import { guideServiceWorld } from '../../../test/support/guide-service';

const HOUR_MS = 3_600_000;

describe('check everything now', () => {
  let world: ReturnType<typeof guideServiceWorld>;
  const monitors = [
    { name: 'Webshop', target: 'https://shop.example.nl' },
    { name: 'Blog', target: 'https://blog.example.nl' },
  ];

  beforeEach(() => {
    world = guideServiceWorld();
  });

  afterEach(() => world.cleanUp());

  /** A week of answers in the store: the web shop normally answers in 2 ms, the blog in 50 ms. */
  function storeAWeek(ids: { shop: string; blog: string }) {
    const database = openDatabase(join(world.dataDir, 'back-online.db'));
    try {
      const results = new ResultRepository(database);
      const now = world.clock.now();
      results.insertMany(
        Array.from({ length: 7 * 24 }, (_, hour) => [
          { monitorId: ids.shop, result: checkResult(now - (hour + 1) * HOUR_MS, 'up', 2) },
          { monitorId: ids.blog, result: checkResult(now - (hour + 1) * HOUR_MS, 'up', 50) },
        ]).flat(),
      );
    } finally {
      database.close();
    }
  }

  it('shows each monitor checking, then its result, and compares its speed with the last 7 days', async () => {
    const first = await world.start(monitors);
    const ids = { shop: first.idOf('Webshop'), blog: first.idOf('Blog') };
    await world.stop(first.service);
    storeAWeek(ids);

    const { service, call } = await world.start(monitors);
    world.checks.set(ids.blog, 'down', 'connection_refused');
    const running = call('guide.checkEverything', {});
    expect(service.getState().checkRun).toMatchObject({
      finishedAt: null,
      monitors: [
        { monitorId: ids.shop, state: 'checking' },
        { monitorId: ids.blog, state: 'checking' },
      ],
    });
    const run = await running;

    expect(service.getState().checkRun).toMatchObject({
      finishedAt: run.at,
      monitors: [
        { monitorId: ids.shop, state: 'passed' },
        { monitorId: ids.blog, state: 'failed' },
      ],
    });
    // every check of the fake answers in 5 ms: 2.5 times the web shop's normal of 2 ms
    expect(run.results).toEqual([
      {
        monitorId: ids.shop,
        monitorName: 'Webshop',
        passed: true,
        status: 'up',
        cause: 'ok',
        responseMs: 5,
        normalMs: 2,
        speed: { kind: 'slower', factor: 2.5 },
      },
      {
        monitorId: ids.blog,
        monitorName: 'Blog',
        passed: false,
        status: 'down',
        cause: 'connection_refused',
        responseMs: null,
        normalMs: 50,
        speed: { kind: 'unknown' },
      },
    ]);
  });

  it('keeps the run with the incident it verifies, and answers not_found for an unknown one', async () => {
    const { service, call, openIncident, idOf } = await world.start(monitors);
    const incidentId = await openIncident('Blog');
    world.checks.set(idOf('Blog'), 'up');
    const run = await call('guide.checkEverything', { incidentId });
    expect((await call('guide.get', { incidentId })).progress.verifications).toEqual([run]);
    expect(await service.handle('guide.checkEverything', { incidentId: 'gone' })).toEqual({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
