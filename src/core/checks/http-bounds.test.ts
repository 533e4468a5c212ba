import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from '../../shared/check-options';
import type { CheckResult } from '../../shared/check-result';
import { FIXTURE_KEYWORD, startHttpFixture, type HttpFixture } from '../../../test/fixtures/http-fixture';
import { networkCheckDeps, targetOf } from '../../../test/support/check-deps';
import { checkHttp } from './http';

/** Hostile servers must never hold a check past its timeout nor make it buffer without limit. */

const TIMEOUT_MS = 2_000;
const SLACK_MS = 1_000;
const MEMORY_LIMIT_BYTES = 50 * 1024 * 1024;
const PARALLEL_CHECKS = 4;

const deps = networkCheckDeps();

let site: HttpFixture;
beforeAll(async () => {
  site = await startHttpFixture();
});
afterAll(async () => {
  await site.close();
});

function check(url: string, options: Partial<CheckOptions> = {}): Promise<CheckResult> {
  return checkHttp(
    targetOf('http', url),
    url,
    { ...DEFAULT_CHECK_OPTIONS, timeoutMs: TIMEOUT_MS, ...options },
    deps,
  );
}

interface Measured {
  results: CheckResult[];
  slowestMs: number;
  rssGrowth: number;
  heapGrowth: number;
}

/** Runs a few checks at once and measures the slowest one and how much the process grew meanwhile. */
async function measure(path: string, options: Partial<CheckOptions> = {}): Promise<Measured> {
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 50);
  const timed = async (): Promise<[CheckResult, number]> => {
    const started = performance.now();
    const result = await check(site.url(path), options);
    return [result, performance.now() - started];
  };
  try {
    const runs = await Promise.all(Array.from({ length: PARALLEL_CHECKS }, timed));
    const after = process.memoryUsage();
    return {
      results: runs.map(([result]) => result),
      slowestMs: Math.max(...runs.map(([, ms]) => ms)),
      rssGrowth: Math.max(peakRss, after.rss) - before.rss,
      heapGrowth: Math.max(peakHeap, after.heapUsed) - before.heapUsed,
    };
  } finally {
    clearInterval(sampler);
  }
}

function expectBounded(measured: Measured): void {
  expect(measured.slowestMs).toBeLessThan(TIMEOUT_MS + SLACK_MS);
  expect(measured.rssGrowth).toBeLessThan(MEMORY_LIMIT_BYTES);
  expect(measured.heapGrowth).toBeLessThan(MEMORY_LIMIT_BYTES);
}

describe('checkHttp against hostile servers', () => {
  it('gives up on a server that never answers', async () => {
    const measured = await measure('/hang');
    for (const result of measured.results) expect(result.cause).toBe('response_timeout');
    expectBounded(measured);
  });

  it('gives up on headers that arrive one byte a second', async () => {
    const measured = await measure('/slow-headers');
    for (const result of measured.results) {
      expect(result.cause).toBe('response_timeout');
      expect(result.timings.firstByte).toBeUndefined();
    }
    expectBounded(measured);
  });

  it('stops reading an endless body at the size cap and judges what it read', async () => {
    const measured = await measure('/endless', { keyword: FIXTURE_KEYWORD });
    for (const result of measured.results) {
      expect(result).toMatchObject({ status: 'up', cause: 'ok' });
      expect(result.details).toMatchObject({
        bodyTruncated: true,
        bodyBytesRead: DEFAULT_CHECK_OPTIONS.maxBodyBytes,
      });
    }
    expectBounded(measured);
  });

  it('honours a smaller size cap', async () => {
    const result = await check(site.url('/endless'), { maxBodyBytes: 10_000 });
    expect(result.details).toMatchObject({ bodyTruncated: true, bodyBytesRead: 10_000 });
  });

  it('judges a body still trickling in at the deadline by what arrived', async () => {
    const measured = await measure('/trickle', { slowThresholdMs: 60_000 });
    for (const result of measured.results) {
      expect(result).toMatchObject({ status: 'up', cause: 'ok' });
      expect(result.details).toMatchObject({ bodyCutByDeadline: true, bodyTruncated: false });
    }
    expectBounded(measured);
  });

  it('calls a trickling body without the required keyword a response timeout', async () => {
    const measured = await measure('/trickle', { keyword: FIXTURE_KEYWORD });
    for (const result of measured.results) {
      expect(result).toMatchObject({ status: 'down', cause: 'response_timeout' });
      expect(result.details.keyword).toBe(FIXTURE_KEYWORD);
    }
    expectBounded(measured);
  });
});
