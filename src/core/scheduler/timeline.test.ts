import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../test/support/fake-clock';
import { seededRandom } from '../../../test/support/scheduler-harness';
import { Timeline } from './timeline';

describe('Timeline', () => {
  it('runs entries in time order, ties first-come first-served, each with its planned time', async () => {
    const clock = new FakeClock(0);
    const fired: string[] = [];
    const timeline = new Timeline(clock, () => undefined);
    const log = (name: string) => (planned: number) => fired.push(`${name}@${planned}`);
    timeline.set('c', 300, log('c'));
    timeline.set('a', 100, log('a'));
    timeline.set('b', 100, log('b'));
    timeline.start();
    await clock.advance(1000);
    expect(fired).toEqual(['a@100', 'b@100', 'c@300']);
    expect(timeline.size).toBe(0);
  });

  it('replaces and cancels by key and keeps a single clock timer', async () => {
    const clock = new FakeClock(0);
    const fired: string[] = [];
    const timeline = new Timeline(clock, () => undefined);
    timeline.start();
    for (let i = 0; i < 50; i += 1) timeline.set(`m${i}`, 1000 + i, () => fired.push(`m${i}`));
    expect(clock.pendingTimers()).toBe(1);
    timeline.set('m3', 10, () => fired.push('m3-early'));
    timeline.cancel('m4');
    expect(timeline.dueAt('m3')).toBe(10);
    await clock.advance(2000);
    expect(fired[0]).toBe('m3-early');
    expect(fired).not.toContain('m4');
    expect(fired).toHaveLength(49);
  });

  it('stays a valid heap under random sets and cancels', async () => {
    const clock = new FakeClock(0);
    const random = seededRandom(7);
    const fired: number[] = [];
    const expected = new Map<string, number>();
    const timeline = new Timeline(clock, () => undefined);
    for (let i = 0; i < 2000; i += 1) {
      const key = `k${Math.floor(random() * 300)}`;
      if (random() < 0.2) {
        timeline.cancel(key);
        expected.delete(key);
      } else {
        const at = Math.floor(random() * 100_000);
        timeline.set(key, at, (planned) => fired.push(planned));
        expected.set(key, at);
      }
    }
    timeline.start();
    await clock.advance(100_000);
    expect(fired).toEqual([...expected.values()].sort((a, b) => a - b));
  });

  it('does not fire while paused, and reports how late it fired', async () => {
    const clock = new FakeClock(0);
    const lateness: number[] = [];
    const fired: number[] = [];
    const timeline = new Timeline(clock, (late) => lateness.push(late));
    timeline.set('x', 1000, (planned) => fired.push(planned));
    timeline.start();
    timeline.pause();
    await clock.advance(5000);
    expect(fired).toEqual([]);
    timeline.start();
    await clock.advance(0);
    expect(fired).toEqual([1000]);
    timeline.set('y', 6000, () => undefined);
    clock.jump(120_000);
    await clock.advance(0);
    expect(lateness.at(-1)).toBe(119_000);
  });
});
