import { describe, expect, it } from 'vitest';
import { verificationResult } from '../../../test/support/guide-incidents';
import { canResolveWithoutReason, compareSpeed, speedText, verificationPassed } from './verification';

const result = verificationResult;

describe('verification', () => {
  it('compares a response time with the normal the way people say it', () => {
    expect(compareSpeed(120, 100)).toEqual({ kind: 'usual' });
    expect(compareSpeed(40, 100)).toEqual({ kind: 'usual' });
    expect(compareSpeed(150, 100)).toEqual({ kind: 'slower', factor: 1.5 });
    expect(compareSpeed(240, 100)).toEqual({ kind: 'slower', factor: 2.5 });
    expect(compareSpeed(287, 100)).toEqual({ kind: 'slower', factor: 3 });
    expect(compareSpeed(1_240, 100)).toEqual({ kind: 'slower', factor: 12 });
    expect(compareSpeed(null, 100)).toEqual({ kind: 'unknown' });
    expect(compareSpeed(100, null)).toEqual({ kind: 'unknown' });
    expect(speedText(compareSpeed(287, 100), { language: 'en', formality: 'formal' })).toBe(
      '3× slower than usual',
    );
    expect(speedText({ kind: 'slower', factor: 2.5 }, { language: 'nl', formality: 'formal' })).toBe(
      '2,5× trager dan normaal',
    );
    expect(speedText({ kind: 'usual' }, { language: 'nl', formality: 'informal' })).toBe(
      'even snel als normaal',
    );
  });

  it('judges an incident by its own monitors, or by all for the offline incident', () => {
    const run = { at: 10, results: [result('shop', true), result('blog', false)] };
    expect(verificationPassed(run, { monitorIds: ['shop'] })).toBe(true);
    expect(verificationPassed(run, { monitorIds: ['blog'] })).toBe(false);
    expect(verificationPassed(run, { monitorIds: [] })).toBe(false);
    expect(verificationPassed({ at: 10, results: [] }, { monitorIds: [] })).toBe(false);
  });

  it('lets the owner resolve without a reason only after a passing check with no failure since', () => {
    const passing = { at: 100, results: [result('shop', true)] };
    const incident = {
      monitorIds: ['shop'],
      timeline: [{ at: 50, type: 'detected' as const, monitorId: 'shop' }],
    };
    expect(canResolveWithoutReason([passing], incident)).toBe(true);
    expect(canResolveWithoutReason([], incident)).toBe(false);
    const failedAgain = {
      ...incident,
      timeline: [...incident.timeline, { at: 120, type: 'flapped' as const }],
    };
    expect(canResolveWithoutReason([passing], failedAgain)).toBe(false);
    expect(canResolveWithoutReason([passing, { at: 130, results: [result('shop', false)] }], incident)).toBe(
      false,
    );
  });
});
