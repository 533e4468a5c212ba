import { describe, expect, it } from 'vitest';
import {
  BAKERY_T0,
  bakeryIncident,
  bakeryIncidentOpen,
  verificationResult,
} from '../../../test/support/guide-incidents';
import type { Incident } from '../incident';
import type { GuideProgress, VerificationRun } from './guide-progress';
import { newGuideProgress } from './guide-progress';
import { stepsDone } from './steps-done';

const minute = (minutes: number) => BAKERY_T0 + minutes * 60_000;

function progress(change: Partial<GuideProgress> = {}): GuideProgress {
  return { ...newGuideProgress('inc-bakery', BAKERY_T0), ...change };
}

const withoutMessages = (incident: Incident): Incident => ({
  ...incident,
  timeline: incident.timeline.filter((event) => event.type !== 'message_sent'),
});

function run(at: number, passed: boolean): VerificationRun {
  return { at, results: ['m-shop', 'm-checkout'].map((monitorId) => verificationResult(monitorId, passed)) };
}

describe('which guide steps are done', () => {
  it('has nothing done in a new guide, wherever the owner is', () => {
    const open = withoutMessages(bakeryIncidentOpen());
    expect(stepsDone(progress({ step: 'fix' }), open)).toEqual({
      identify: false,
      communicate: false,
      fix: false,
      verify: false,
      learn: false,
    });
  });

  it('marks Identify done once the owner ticked both of their checklist items', () => {
    const open = bakeryIncidentOpen();
    expect(
      stepsDone(progress({ checklistDone: ['identify_system_status', 'identify_ask_team'] }), open).identify,
    ).toBe(false);
    expect(
      stepsDone(progress({ checklistDone: ['identify_ask_team', 'identify_logs'] }), open).identify,
    ).toBe(true);
  });

  it('marks Communicate done for a message sent, not for one only copied', () => {
    const open = bakeryIncidentOpen();
    expect(stepsDone(progress(), open).communicate).toBe(true);
    expect(open.timeline.some((event) => event.type === 'message_copied')).toBe(true);
    expect(stepsDone(progress(), withoutMessages(open)).communicate).toBe(false);
  });

  it('marks Fix done for a fix that worked, by its latest outcome, or a restart that brought the monitor back', () => {
    const open = bakeryIncidentOpen();
    const tried = progress({ fixes: [{ fixId: 'restart_server', outcome: 'tried', at: minute(12) }] });
    expect(stepsDone(tried, open).fix).toBe(false);
    const worked = progress({
      fixes: [
        { fixId: 'restart_server', outcome: 'did_not_work', at: minute(13) },
        { fixId: 'roll_back_update', outcome: 'worked', at: minute(23) },
      ],
    });
    expect(stepsDone(worked, open).fix).toBe(true);
    const takenBack = progress({
      fixes: [...worked.fixes, { fixId: 'roll_back_update', outcome: 'did_not_work', at: minute(24) }],
    });
    expect(stepsDone(takenBack, open).fix).toBe(false);

    const restart = (recovered: boolean): Incident => ({
      ...open,
      timeline: [
        ...open.timeline,
        {
          at: minute(15),
          type: 'action_tried',
          text: 'Restarted',
          details: { guideAction: 'restart', monitorId: 'm-shop', result: 'ran', exitCode: 0, recovered },
        },
      ],
    });
    expect(stepsDone(progress(), restart(false)).fix).toBe(false);
    expect(stepsDone(progress(), restart(true)).fix).toBe(true);
  });

  it('marks Verify done when the latest check of everything passed and nothing failed after it', () => {
    const resolved = bakeryIncident();
    expect(stepsDone(progress({ verifications: [run(minute(28), true)] }), resolved).verify).toBe(true);
    expect(
      stepsDone(progress({ verifications: [run(minute(27), true), run(minute(28), false)] }), resolved)
        .verify,
    ).toBe(false);
    // The checkout joined at minute 1: a pass before that says nothing about it.
    expect(stepsDone(progress({ verifications: [run(minute(0), true)] }), resolved).verify).toBe(false);
  });

  it('marks Learn done once the review was saved', () => {
    const resolved = bakeryIncident();
    const review = progress().review;
    expect(stepsDone(progress(), resolved).learn).toBe(false);
    expect(stepsDone(progress({ review: { ...review, savedAt: minute(40) } }), resolved).learn).toBe(true);
  });
});
