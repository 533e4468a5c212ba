import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../test/support/fake-clock';
import { FakeConnectivity, makeResult } from '../../../test/support/scheduler-harness';
import { OfflineDetector } from './offline-detector';

function setup(durationMs = 0) {
  const clock = new FakeClock(0);
  const connectivity = new FakeConnectivity(clock, durationMs);
  const changes: boolean[] = [];
  const detector = new OfflineDetector(
    connectivity.check,
    clock,
    { cacheMs: 3000, giveUpMs: 30_000 },
    (online) => changes.push(online),
  );
  return { clock, connectivity, changes, detector };
}

describe('OfflineDetector', () => {
  it('shares one probe among callers while it is in flight', async () => {
    const { clock, connectivity, detector } = setup(500);
    connectivity.online = false;
    const answers = Promise.all([detector.probe(), detector.probe(), detector.probe(true)]);
    await clock.advance(500);
    expect(await answers).toEqual([false, false, false]);
    expect(connectivity.calls).toHaveLength(1);
    expect(detector.isOffline()).toBe(true);
  });

  it('reuses a recent answer unless asked for a fresh one', async () => {
    const { clock, connectivity, detector } = setup();
    await detector.probe();
    await clock.advance(2000);
    await detector.probe();
    expect(connectivity.calls).toHaveLength(1);
    await detector.probe(true);
    expect(connectivity.calls).toHaveLength(2);
    await clock.advance(3000);
    await detector.probe();
    expect(connectivity.calls).toHaveLength(3);
  });

  it('reports each change once', async () => {
    const { connectivity, changes, detector } = setup();
    await detector.probe(true);
    connectivity.online = false;
    await detector.probe(true);
    await detector.probe(true);
    connectivity.online = true;
    await detector.probe(true);
    expect(changes).toEqual([false, true]);
  });

  it('never calls "cannot tell" offline: unknown answers, throws and hangs all count as online', async () => {
    const clock = new FakeClock(0);
    const answers = [
      () => Promise.resolve(makeResult('tcp://1.1.1.1:53', 'unknown', 'unknown', 0, 'connectivity')),
      () => Promise.reject(new Error('no route')),
      () => new Promise<never>(() => undefined),
    ];
    for (const answer of answers) {
      const changes: boolean[] = [];
      const detector = new OfflineDetector(answer, clock, { cacheMs: 0, giveUpMs: 10_000 }, (online) =>
        changes.push(online),
      );
      const probe = detector.probe(true);
      await clock.advance(10_000);
      expect(await probe).toBe(true);
      expect(changes).toEqual([]);
    }
  });

  it('ignores a probe that was in flight when it was told to forget', async () => {
    const { clock, connectivity, changes, detector } = setup(1000);
    connectivity.online = false;
    void detector.probe();
    detector.forget();
    await clock.advance(1000);
    expect(changes).toEqual([]);
    expect(detector.isOffline()).toBe(false);
  });
});
