import { describe, expect, it } from 'vitest';
import { FAKE_CLOCK_START as T0 } from '../../../test/support/fake-clock';
import { makeMonitor, startHarness } from '../../../test/support/scheduler-harness';
import { MAX_HONOURED_PAUSE_MS } from './retry-after';

const shop = makeMonitor('shop', 'https://shop.example.nl');

describe('a server that asks for a pause (429 + Retry-After)', () => {
  it('is not checked again before the moment it asked for, then on the normal interval', async () => {
    const h = await startHarness({ monitors: [shop], checks: { intervalSeconds: 30 } });
    h.checks.set('shop', 'degraded', 'rate_limited', { retryAfterMs: 120_000 });
    await h.clock.advance(30_000);
    expect(h.checks.callsFor('shop')).toEqual([T0, T0 + 30_000]);
    expect(h.statusOf('shop')).toBe('degraded');
    h.checks.set('shop', 'up');
    await h.clock.advance(150_000);
    expect(h.checks.callsFor('shop')).toEqual([T0, T0 + 30_000, T0 + 150_000, T0 + 180_000]);
  });

  it('keeps the normal interval when the pause asked for is shorter', async () => {
    const h = await startHarness({ monitors: [shop], checks: { intervalSeconds: 30 } });
    h.checks.set('shop', 'degraded', 'rate_limited', { retryAfterMs: 10_000 });
    await h.clock.advance(90_000);
    expect(h.checks.callsFor('shop')).toEqual([T0, T0 + 30_000, T0 + 60_000, T0 + 90_000]);
  });

  it('holds the quick recovery re-check of a down monitor back too', async () => {
    const h = await startHarness({ monitors: [shop], checks: { intervalSeconds: 30 } });
    h.checks.set('shop', 'down');
    await h.clock.advance(40_000);
    expect(h.statusOf('shop')).toBe('down');
    h.checks.set('shop', 'degraded', 'rate_limited', { retryAfterMs: 60_000 });
    await h.clock.advance(30_000);
    const rateLimitedAt = T0 + 70_000;
    expect(h.checks.callsFor('shop').at(-1)).toBe(rateLimitedAt);
    await h.clock.advance(59_000);
    expect(h.checks.callsFor('shop').at(-1)).toBe(rateLimitedAt);
    await h.clock.advance(1_000);
    expect(h.checks.callsFor('shop').at(-1)).toBe(rateLimitedAt + 60_000);
  });

  it('waits at most an hour, so a misconfigured server cannot blind the monitor', async () => {
    const h = await startHarness({ monitors: [shop], checks: { intervalSeconds: 30 } });
    h.checks.set('shop', 'degraded', 'rate_limited', { retryAfterMs: 7 * 24 * 3_600_000 });
    await h.clock.advance(30_000 + MAX_HONOURED_PAUSE_MS);
    expect(h.checks.callsFor('shop')).toEqual([T0, T0 + 30_000, T0 + 30_000 + MAX_HONOURED_PAUSE_MS]);
  });
});
