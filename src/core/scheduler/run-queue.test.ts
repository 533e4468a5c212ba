import { describe, expect, it } from 'vitest';
import { flushMicrotasks } from '../../../test/support/fake-clock';
import { RunQueue } from './run-queue';

function deferredJob(log: string[], name: string) {
  let release: () => void = () => undefined;
  const job = {
    start: () => {
      log.push(`start ${name}`);
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    },
    drop: () => log.push(`drop ${name}`),
  };
  return { job, release: () => release() };
}

describe('RunQueue', () => {
  it('runs at most `limit` jobs, in the order they came', async () => {
    const log: string[] = [];
    const queue = new RunQueue(2);
    const jobs = ['a', 'b', 'c', 'd'].map((name) => deferredJob(log, name));
    for (const { job } of jobs) queue.push(job);
    expect(log).toEqual(['start a', 'start b']);
    expect(queue.inFlight).toBe(2);
    expect(queue.waiting).toBe(2);
    jobs[1]?.release();
    await flushMicrotasks();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    jobs[0]?.release();
    await flushMicrotasks();
    expect(log.at(-1)).toBe('start d');
  });

  it('frees the slot of a job that rejects', async () => {
    const log: string[] = [];
    const queue = new RunQueue(1);
    queue.push({ start: () => Promise.reject(new Error('boom')), drop: () => undefined });
    const next = deferredJob(log, 'next');
    queue.push(next.job);
    await flushMicrotasks();
    expect(log).toEqual(['start next']);
  });

  it('drops waiting jobs but lets running ones keep their slots', async () => {
    const log: string[] = [];
    const queue = new RunQueue(1);
    const first = deferredJob(log, 'a');
    queue.push(first.job);
    queue.push(deferredJob(log, 'b').job);
    queue.dropWaiting();
    expect(log).toEqual(['start a', 'drop b']);
    expect(queue.inFlight).toBe(1);
    queue.push(deferredJob(log, 'c').job);
    expect(log).toHaveLength(2);
    first.release();
    await flushMicrotasks();
    expect(log.at(-1)).toBe('start c');
  });

  it('starts more jobs when the limit is raised', () => {
    const log: string[] = [];
    const queue = new RunQueue(1);
    for (const name of ['a', 'b', 'c']) queue.push(deferredJob(log, name).job);
    queue.setLimit(3);
    expect(log).toEqual(['start a', 'start b', 'start c']);
  });
});
