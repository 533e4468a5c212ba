import { afterEach, describe, expect, it } from 'vitest';
import { pinTimeZone } from '../../../test/support/time-zone';
import { MonitorRepository } from './monitor-repository';
import { ResultRepository } from './result-repository';
import { checkResult, TempStore } from './store-test-helpers';

pinTimeZone('Europe/Amsterdam');

const store = new TempStore();
afterEach(() => store.cleanUp());

/** Local (Amsterdam) time: UTC+1 in winter, UTC+2 in summer. */
const amsterdam = (month: number, day: number, hour: number, utcOffset = 1) =>
  Date.UTC(2026, month - 1, day, hour - utcOffset);

describe('uptime per month', () => {
  it('counts each local calendar month, newest first, leaving out months without checks, rolled up or raw', async () => {
    const db = store.open();
    const shop = new MonitorRepository(db, { now: () => 0 }).create({
      name: 'Shop',
      target: 'https://shop.example.nl',
    });
    const results = new ResultRepository(db);
    const add = (at: number, status: 'up' | 'down') =>
      results.insertMany([{ monitorId: shop.id, result: checkResult(at, status, 200) }]);
    // September: 3 up, 1 down (summer time). October is empty.
    add(amsterdam(9, 10, 12, 2), 'up');
    add(amsterdam(9, 11, 12, 2), 'up');
    add(amsterdam(9, 12, 12, 2), 'up');
    add(amsterdam(9, 13, 12, 2), 'down');
    add(amsterdam(11, 30, 23), 'down');
    // 00:30 local on 1 December is 23:30 UTC on 30 November: December's, on the owner's calendar.
    add(amsterdam(12, 1, 0, 1) + 30 * 60_000, 'up');
    add(amsterdam(12, 2, 9), 'up');
    const now = amsterdam(12, 2, 10);
    await results.compact(now);

    expect(results.monthlyUptime(shop.id, now)).toEqual([
      { month: '2026-12', uptime: 1 },
      { month: '2026-11', uptime: 0 },
      { month: '2026-09', uptime: 0.75 },
    ]);
    expect(results.monthlyUptime('unknown', now)).toEqual([]);
  });
});
