import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../../test/support/fake-clock';
import type { Database } from './database';
import { MonitorRepository } from './monitor-repository';
import { ResultRepository } from './result-repository';
import { ResultWriter } from './result-writer';
import { checkResult, TempStore } from './store-test-helpers';

const store = new TempStore();
afterEach(() => store.cleanUp());

function storedCount(db: Database): number {
  return (db.connection.prepare('SELECT COUNT(*) AS n FROM check_results').get() as { n: number }).n;
}

function setup(options: { batchSize?: number; maxPending?: number } = {}) {
  const clock = new FakeClock();
  const db = store.open();
  const results = new ResultRepository(db);
  const monitor = new MonitorRepository(db, clock).create({
    name: 'Shop',
    target: 'https://shop.example.nl',
  });
  const errors: unknown[] = [];
  const writer = new ResultWriter(results, {
    clock,
    flushIntervalMs: 1000,
    onError: (error) => errors.push(error),
    ...options,
  });
  return { clock, db, writer, monitor, errors };
}

describe('ResultWriter', () => {
  it('holds results until the flush interval passes, then writes them together', async () => {
    const { clock, db, writer, monitor } = setup();
    for (let i = 0; i < 5; i += 1) writer.record(monitor.id, checkResult(clock.now() + i, 'up', 100));
    expect(storedCount(db)).toBe(0);
    expect(clock.pendingTimers()).toBe(1);

    await clock.advance(999);
    expect(storedCount(db)).toBe(0);
    await clock.advance(1);
    expect(storedCount(db)).toBe(5);
    expect(writer.pendingCount).toBe(0);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('writes at once when a batch is full', () => {
    const { clock, db, writer, monitor } = setup({ batchSize: 3 });
    for (let i = 0; i < 7; i += 1) writer.record(monitor.id, checkResult(clock.now() + i, 'up', 100));
    expect(storedCount(db)).toBe(6);
    expect(writer.pendingCount).toBe(1);
  });

  it('writes what is waiting on stop', () => {
    const { clock, db, writer, monitor } = setup();
    writer.record(monitor.id, checkResult(clock.now(), 'down', 100));
    expect(writer.stop()).toBe(1);
    expect(storedCount(db)).toBe(1);
    expect(clock.pendingTimers()).toBe(0);
  });

  it('keeps results queued when a write fails, reports it, and retries', async () => {
    const { clock, db, writer, monitor, errors } = setup();
    db.connection.exec(
      "CREATE TRIGGER refuse BEFORE INSERT ON check_results BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    writer.record(monitor.id, checkResult(clock.now(), 'up', 100));
    writer.record(monitor.id, checkResult(clock.now() + 1, 'up', 100));
    await clock.advance(1000);
    expect(errors).toHaveLength(1);
    expect(writer.pendingCount).toBe(2);
    expect(storedCount(db)).toBe(0);

    db.connection.exec('DROP TRIGGER refuse');
    await clock.advance(1000);
    expect(storedCount(db)).toBe(2);
    expect(writer.pendingCount).toBe(0);
  });

  it('drops the oldest results beyond maxPending while writes keep failing', () => {
    const { clock, db, writer, monitor } = setup({ maxPending: 3 });
    db.connection.exec(
      "CREATE TRIGGER refuse BEFORE INSERT ON check_results BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    for (let i = 0; i < 5; i += 1) writer.record(monitor.id, checkResult(clock.now() + i, 'up', 100));
    expect(() => writer.flush()).toThrow('disk full');
    expect(writer.pendingCount).toBe(3);
    db.connection.exec('DROP TRIGGER refuse');
    writer.flush();
    const times = db.connection.prepare('SELECT at FROM check_results ORDER BY at').all() as { at: number }[];
    expect(times.map((row) => row.at - clock.now())).toEqual([2, 3, 4]);
  });
});
