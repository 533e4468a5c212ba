import { describe, expect, it } from 'vitest';
import type { CheckStatus } from '../../shared/check-result';
import type { CauseCode } from '../../shared/cause-codes';
import { makeResult } from '../../../test/support/scheduler-harness';
import { INITIAL_CONFIRMATION, judge, type ConfirmationState, type Verdict } from './confirmation';

const policy = { confirmRechecks: 2, recoveryThreshold: 2 };
const result = (status: CheckStatus, cause: CauseCode = status === 'up' ? 'ok' : 'http_server_error') =>
  makeResult('https://shop.example.nl', status, cause, 0);

/** Feeds results one by one, returning every verdict. */
function feed(
  start: ConfirmationState,
  statuses: CheckStatus[],
  holdFailures = false,
  rules = policy,
): Verdict[] {
  let state = start;
  return statuses.map((status, index) => {
    const verdict = judge(state, result(status), rules, { at: index * 1000, holdFailures });
    state = verdict.next;
    return verdict;
  });
}

const up: ConfirmationState = { status: 'up', cause: 'ok', since: 0, failStreak: 0, successStreak: 0 };
const down: ConfirmationState = {
  status: 'down',
  cause: 'http_server_error',
  since: 0,
  failStreak: 0,
  successStreak: 0,
};

describe('judge', () => {
  it('confirms down only after the first failure and every re-check failed', () => {
    const verdicts = feed(up, ['down', 'down', 'down']);
    expect(verdicts.map((v) => v.transition)).toEqual([
      null,
      null,
      { from: 'up', to: 'down', cause: 'http_server_error' },
    ]);
    expect(verdicts.map((v) => v.confirming)).toEqual([true, true, false]);
    expect(verdicts.map((v) => v.recheckSoon)).toEqual([true, true, false]);
    expect(verdicts[0]?.next.status).toBe('up');
    expect(verdicts[2]?.next.since).toBe(2000);
  });

  it('forgets a failure that a success follows', () => {
    const verdicts = feed(up, ['down', 'up', 'down', 'down']);
    expect(verdicts.every((v) => v.transition === null)).toBe(true);
    expect(verdicts[1]?.next.failStreak).toBe(0);
    expect(verdicts[1]?.confirming).toBe(false);
  });

  it('confirms at once when no re-checks are asked for', () => {
    const [verdict] = feed(up, ['down'], false, { confirmRechecks: 0, recoveryThreshold: 1 });
    expect(verdict?.transition).toEqual({ from: 'up', to: 'down', cause: 'http_server_error' });
  });

  it('needs the recovery threshold of successes in a row, re-checking quickly meanwhile', () => {
    const verdicts = feed(down, ['up', 'down', 'up', 'up']);
    expect(verdicts.map((v) => v.transition?.to ?? null)).toEqual([null, null, null, 'up']);
    expect(verdicts[0]?.recheckSoon).toBe(true);
    expect(verdicts[1]?.next.successStreak).toBe(0);
  });

  it('reports degraded at once, and counts it as a success for recovery', () => {
    expect(feed(up, ['degraded'])[0]?.transition).toEqual({
      from: 'up',
      to: 'degraded',
      cause: 'http_server_error',
    });
    const recovery = feed(down, ['degraded', 'degraded']);
    expect(recovery[1]?.transition?.to).toBe('degraded');
  });

  it('lets unknown neither confirm down nor count as recovery', () => {
    const fromDown = feed(down, ['up', 'unknown', 'up']);
    expect(fromDown.every((v) => v.transition === null)).toBe(true);
    expect(fromDown[2]?.next.status).toBe('down');
    const fromUp = feed(up, ['down', 'unknown', 'down', 'down']);
    expect(fromUp.map((v) => v.transition?.to ?? null)).toEqual([null, 'unknown', null, null]);
  });

  it('leaves pending on the first answer that needs no confirmation', () => {
    expect(feed(INITIAL_CONFIRMATION, ['up'])[0]?.transition).toEqual({
      from: 'pending',
      to: 'up',
      cause: 'ok',
    });
    expect(feed(INITIAL_CONFIRMATION, ['down'])[0]?.transition).toBeNull();
  });

  it('holds failures during a grace period, one short of enough, without quick re-checks', () => {
    const held = feed(up, ['down', 'down', 'down', 'down'], true);
    expect(held.every((v) => v.transition === null && v.confirming && !v.recheckSoon)).toBe(true);
    expect(held[3]?.next.failStreak).toBe(policy.confirmRechecks);
    const after = judge(held[3]!.next, result('down'), policy, { at: 9000, holdFailures: false });
    expect(after.transition?.to).toBe('down');
  });
});
