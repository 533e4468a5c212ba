import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_OPTIONS, type CheckOptions } from '../../shared/check-options';
import type { CheckResult } from '../../shared/check-result';
import { FIXTURE_KEYWORD, startHttpFixture, type HttpFixture } from '../../../test/fixtures/http-fixture';
import { networkCheckDeps, targetOf } from '../../../test/support/check-deps';
import { expectByDeadline, timeAgainstLoad, type Timed } from '../../../test/support/timer-lateness';
import { checkHttp } from './http';

/** Hostile servers must never hold a check past its timeout nor make it buffer without limit. */

const TIMEOUT_MS = 2_000;
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

/**
 * What the process holds: the JS heap plus memory outside it (Buffers, where a body would pile up). RSS
 * would also count what the allocator keeps after a garbage collection, which says nothing about the check.
 */
function heldBytes(): number {
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

interface Measured {
  results: CheckResult[];
  timed: Timed<unknown>;
  heldGrowth: number;
}

/** Runs a few checks at once, timing them against this machine's load, and watches what the process holds. */
async function measure(path: string, options: Partial<CheckOptions> = {}): Promise<Measured> {
  const before = heldBytes();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, heldBytes())), 50);
  try {
    const timed = await timeAgainstLoad(() =>
      Promise.all(Array.from({ length: PARALLEL_CHECKS }, () => check(site.url(path), options))),
    );
    return { results: timed.value, timed, heldGrowth: Math.max(peak, heldBytes()) - before };
  } finally {
    clearInterval(sampler);
  }
}

function expectBounded(measured: Measured): void {
  expectByDeadline(measured.timed, TIMEOUT_MS, `${PARALLEL_CHECKS} checks at once`);
  expect(measured.heldGrowth).toBeLessThan(MEMORY_LIMIT_BYTES);
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
