import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readGuideEvent } from '../../shared/guide/guide-events';
import { guideServiceWorld } from '../../../test/support/guide-service';

describe('the recovery guide in the service', () => {
  let world: ReturnType<typeof guideServiceWorld>;
  const webshop = [{ name: 'Webshop', target: 'https://shop.example.nl' }];
  const start = (monitors: unknown[] = webshop) => world.start(monitors);

  beforeEach(() => {
    world = guideServiceWorld();
  });

  afterEach(() => world.cleanUp());

  it('moves the phase with the steps and writes every owner action into the timeline', async () => {
    const { service, call, openIncident } = await start();
    const incidentId = await openIncident('Webshop');

    const first = await call('guide.get', { incidentId });
    expect(first.progress.step).toBe('identify');
    expect(first.incident.phase).toBe('detected');

    const moved = await call('guide.setStep', { incidentId, step: 'communicate' });
    expect(moved.progress.step).toBe('communicate');
    expect(moved.incident.phase).toBe('identified');

    const noted = await call('guide.setChecklistItem', {
      incidentId,
      item: 'identify_ask_team',
      done: true,
      note: 'Jan installed a shop plugin this morning',
    });
    expect(noted.progress.checklistDone).toEqual(['identify_ask_team']);
    expect(noted.incident.timeline.slice(-2)).toMatchObject([
      { type: 'action_tried', text: 'Asked the team whether anything changed today' },
      { type: 'note', text: 'Jan installed a shop plugin this morning' },
    ]);

    const fixed = await call('guide.recordFix', { incidentId, fixId: 'roll_back_update', outcome: 'tried' });
    expect(fixed.incident.phase).toBe('monitoring');
    const fixEvent = fixed.incident.timeline.find((event) => readGuideEvent(event)?.guideAction === 'fix');
    expect(fixEvent?.text).toBe('Roll back the last plugin or theme update');
    expect(fixed.progress.fixes).toEqual([
      { fixId: 'roll_back_update', outcome: 'tried', at: world.clock.now() },
    ]);

    const notYet = await service.handle('guide.resolve', { incidentId });
    expect(notYet).toEqual({ ok: false, error: { code: 'not_allowed' } });

    const failedFix = await call('guide.recordFix', {
      incidentId,
      fixId: 'roll_back_update',
      outcome: 'did_not_work',
    });
    expect(failedFix.incident.phase).toBe('identified');
  });

  it('keeps in the timeline to whom and how the support request went, without moving the phase', async () => {
    const { call, openIncident } = await start();
    const incidentId = await openIncident('Webshop');
    const shared = await call('guide.supportRequestShared', { incidentId, role: 'hosting', way: 'email' });
    expect(shared.incident.phase).toBe('detected');
    const event = shared.incident.timeline.at(-1);
    expect(event).toMatchObject({
      type: 'action_tried',
      text: 'Opened the support request for your hosting company in the e-mail program',
    });
    expect(event && readGuideEvent(event)).toEqual({
      guideAction: 'support_request',
      role: 'hosting',
      way: 'email',
    });
  });

  it('verifies, resolves and keeps the review, across a restart of the service', async () => {
    const first = await start();
    const incidentId = await first.openIncident('Webshop');
    await first.call('guide.setStep', { incidentId, step: 'fix' });
    await first.call('guide.recordFix', { incidentId, fixId: 'restore_backup', outcome: 'worked' });

    world.checks.set(first.idOf('Webshop'), 'up');
    const run = await first.call('guide.checkEverything', { incidentId });
    expect(run.results).toMatchObject([
      { monitorId: first.idOf('Webshop'), monitorName: 'Webshop', passed: true },
    ]);
    const verified = await first.call('guide.get', { incidentId });
    expect(verified.progress.step).toBe('verify');
    expect(verified.progress.verifications).toHaveLength(1);
    expect(verified.incident.timeline.at(-1)).toMatchObject({
      type: 'action_tried',
      text: 'Checked everything: all 1 work',
    });

    const resolved = await first.call('guide.resolve', { incidentId });
    expect(resolved.incident.phase).toBe('resolved');
    expect(resolved.progress.step).toBe('learn');
    const answers = {
      whatCaused: 'A plugin update',
      wentWell: 'Backup was there',
      toImprove: 'Test updates',
    };
    await first.call('guide.saveReview', {
      incidentId,
      answers,
      actionItems: [{ text: 'Update plugins on Monday mornings', done: false }],
    });
    await world.stop(first.service);

    const second = await start();
    const reopened = await second.call('guide.get', { incidentId });
    expect(reopened.progress.step).toBe('learn');
    expect(reopened.progress.review.answers).toEqual(answers);
    expect(reopened.progress.review.actionItems).toEqual([
      { text: 'Update plugins on Monday mornings', done: false },
    ]);
    expect(reopened.progress.fixes.map((fix) => fix.outcome)).toEqual(['worked']);
  });

  it('sends an incident that heals by itself to Verify, and a resolved one to Learn', async () => {
    const { idOf, call, openIncident } = await start();
    const incidentId = await openIncident('Webshop');
    expect((await call('guide.get', { incidentId })).progress.step).toBe('identify');

    world.checks.set(idOf('Webshop'), 'up');
    await world.clock.advance(31_000);
    const healed = await call('guide.get', { incidentId });
    expect(healed.incident.phase).toBe('monitoring');
    expect(healed.progress.step).toBe('verify');

    // the owner may still look back at step 1; a later read does not push them forward again
    await call('guide.setStep', { incidentId, step: 'identify' });
    expect((await call('guide.get', { incidentId })).progress.step).toBe('identify');

    await world.clock.advance(11 * 60_000);
    const closed = await call('guide.get', { incidentId });
    expect(closed.incident.phase).toBe('resolved');
    expect(closed.progress.step).toBe('learn');
  });

  it('remembers what fixed the same cause on the same monitor last time', async () => {
    const { idOf, call, openIncident } = await start([
      ...webshop,
      { name: 'Blog', target: 'https://blog.example.nl' },
    ]);
    const earlier = await openIncident('Webshop');
    const openedAt = world.clock.now();
    await call('guide.recordFix', { incidentId: earlier, fixId: 'restore_backup', outcome: 'worked' });
    await world.clock.advance(40 * 60_000 - (world.clock.now() - openedAt));
    world.checks.set(idOf('Webshop'), 'up');
    await call('guide.checkEverything', { incidentId: earlier });
    const resolved = await call('guide.resolve', { incidentId: earlier });
    const blogIncident = await openIncident('Blog');
    await world.clock.advance(60_000);

    const again = await openIncident('Webshop');
    const view = await call('guide.get', { incidentId: again });
    expect(view.memory).toEqual([
      {
        incidentId: earlier,
        openedAt: resolved.incident.openedAt,
        resolvedAt: resolved.incident.resolvedAt,
        durationMs: (resolved.incident.resolvedAt ?? 0) - resolved.incident.openedAt,
        workedFixes: ['restore_backup'],
        restartWorked: false,
        whatCaused: '',
      },
    ]);
    expect(view.memory[0]?.durationMs).toBeGreaterThanOrEqual(40 * 60_000);
    // another monitor with the same cause, or the same monitor with another cause, is not "the same"
    expect((await call('guide.get', { incidentId: blogIncident })).memory).toEqual([]);
  });

  it('answers not_found for an unknown incident', async () => {
    const { service } = await start();
    expect(await service.handle('guide.get', { incidentId: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await service.handle('guide.restart', { monitorId: 'nope' })).toEqual({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
