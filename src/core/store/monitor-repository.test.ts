import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../../test/support/fake-clock';
import { openDatabase } from './database';
import { MonitorRepository } from './monitor-repository';
import { ResultRepository } from './result-repository';
import { checkResult, TempStore } from './store-test-helpers';

const store = new TempStore();
afterEach(() => store.cleanUp());

function setup() {
  const clock = new FakeClock();
  const db = store.open();
  return { clock, db, monitors: new MonitorRepository(db, clock), results: new ResultRepository(db) };
}

describe('MonitorRepository', () => {
  it('creates monitors with a UUID, creation time and defaults, and lists them in creation order', () => {
    const { clock, monitors } = setup();
    const shop = monitors.create({ name: 'Shop', target: 'https://shop.example.nl', keyword: 'Add to cart' });
    clock.jump(1000);
    const mail = monitors.create({ name: 'Mail', target: 'tcp://mail.example.nl:993', enabled: false });

    expect(shop.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(shop).toEqual({
      id: shop.id,
      name: 'Shop',
      target: 'https://shop.example.nl',
      keyword: 'Add to cart',
      enabled: true,
      createdAt: clock.now() - 1000,
    });
    expect(mail.enabled).toBe(false);
    expect(monitors.list().map((monitor) => monitor.name)).toEqual(['Shop', 'Mail']);
    expect(monitors.get(mail.id)).toEqual(mail);
    expect(monitors.get('no-such-id')).toBeNull();
  });

  it('updates given fields, clears a field given as undefined, and keeps the rest', () => {
    const { monitors } = setup();
    const shop = monitors.create({
      name: 'Shop',
      target: 'https://shop.example.nl',
      keyword: 'cart',
      timeoutSeconds: 5,
    });

    const updated = monitors.update(shop.id, { name: 'Web shop', keyword: undefined, enabled: false });
    expect(updated).toEqual({
      id: shop.id,
      name: 'Web shop',
      target: 'https://shop.example.nl',
      timeoutSeconds: 5,
      enabled: false,
      createdAt: shop.createdAt,
    });
    expect(monitors.get(shop.id)).toEqual(updated);
    expect(monitors.update('no-such-id', { name: 'x' })).toBeNull();
  });

  it('deletes a monitor together with its results', () => {
    const { clock, db, monitors, results } = setup();
    const shop = monitors.create({ name: 'Shop', target: 'https://shop.example.nl' });
    const keep = monitors.create({ name: 'Mail', target: 'tcp://mail.example.nl:993' });
    results.insertMany([
      { monitorId: shop.id, result: checkResult(clock.now(), 'up', 100) },
      { monitorId: keep.id, result: checkResult(clock.now(), 'up', 100) },
    ]);

    expect(monitors.delete(shop.id)).toBe(true);
    expect(monitors.delete(shop.id)).toBe(false);
    expect(monitors.list().map((monitor) => monitor.id)).toEqual([keep.id]);
    expect(db.connection.prepare('SELECT COUNT(*) AS n FROM check_results').get()).toEqual({ n: 1 });
  });

  it('survives a reopen', () => {
    const path = join(store.folder(), 'back-online.db');
    const first = openDatabase(path);
    const created = new MonitorRepository(first).create({ name: 'Shop', target: 'https://shop.example.nl' });
    first.close();
    expect(new MonitorRepository(store.open(path)).list()).toEqual([created]);
  });

  describe('syncFromConfig', () => {
    it('keeps the id and history of monitors that stay, adds new ones, removes missing ones', () => {
      const { clock, monitors, results } = setup();
      const shop = monitors.create({ name: 'Shop', target: 'https://shop.example.nl' });
      const mail = monitors.create({ name: 'Mail', target: 'tcp://mail.example.nl:993' });
      const old = monitors.create({ name: 'Old blog', target: 'https://blog.example.nl' });
      results.insertMany([{ monitorId: shop.id, result: checkResult(clock.now(), 'up', 120) }]);

      const report = monitors.syncFromConfig([
        { name: 'Mail', target: 'tcp://mail.example.nl:993' },
        { name: 'Shop', target: 'https://shop.example.nl', keyword: 'cart' },
        { name: 'NAS', target: 'tcp://192.168.1.20:445' },
      ]);

      const list = monitors.list();
      expect(list.map((monitor) => monitor.name)).toEqual(['Mail', 'Shop', 'NAS']);
      const nas = list[2]!;
      expect(report).toEqual({
        created: [nas.id],
        updated: [shop.id],
        unchanged: [mail.id],
        removed: [old.id],
      });
      expect(monitors.get(shop.id)).toMatchObject({ keyword: 'cart', createdAt: shop.createdAt });
      expect(results.latest()).toMatchObject([{ monitorId: shop.id, durationMs: 120 }]);
    });

    it('replaces a staying monitor settings with the file (a removed option disappears)', () => {
      const { monitors } = setup();
      const shop = monitors.create({
        name: 'Shop',
        target: 'https://shop.example.nl',
        keyword: 'cart',
        enabled: false,
      });
      monitors.syncFromConfig([{ name: 'Shop', target: 'https://www.shop.example.nl' }]);
      expect(monitors.get(shop.id)).toEqual({
        id: shop.id,
        name: 'Shop',
        target: 'https://www.shop.example.nl',
        enabled: true,
        createdAt: shop.createdAt,
      });
    });

    it('pairs repeated names in order and is idempotent', () => {
      const { monitors } = setup();
      const config = [
        { name: 'Site', target: 'https://a.example.nl' },
        { name: 'Site', target: 'https://b.example.nl' },
      ];
      const first = monitors.syncFromConfig(config);
      expect(first.created).toHaveLength(2);
      const second = monitors.syncFromConfig(config);
      expect(second).toEqual({ created: [], updated: [], unchanged: first.created, removed: [] });
      expect(monitors.list().map((monitor) => monitor.target)).toEqual([
        'https://a.example.nl',
        'https://b.example.nl',
      ]);
    });
  });
});
