import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readGuideEvent } from '../../shared/guide/guide-events';
import { guideServiceWorld } from '../../../test/support/guide-service';

describe('restarting a local service from the guide', () => {
  let world: ReturnType<typeof guideServiceWorld>;

  beforeEach(() => {
    world = guideServiceWorld();
  });

  afterEach(() => world.cleanUp());

  const kassa = (script: string, timeoutSeconds = 20) => ({
    name: 'Kassa',
    target: 'service://kassa',
    restartCommand: [process.execPath, '-e', script],
    restartTimeoutSeconds: timeoutSeconds,
  });

  it('runs the command from the config file, re-checks at once and writes the outcome into the timeline', async () => {
    const { idOf, call, openIncident } = await world.start([
      kassa('console.log("kassa stopped"); console.log("kassa started"); process.exit(0)'),
    ]);
    const incidentId = await openIncident('Kassa', 'service_stopped');
    expect((await call('guide.get', { incidentId })).restartableMonitorIds).toEqual([idOf('Kassa')]);
    const checksBefore = world.checks.callsFor(idOf('Kassa')).length;
    world.checks.set(idOf('Kassa'), 'up');

    const outcome = await call('guide.restart', { monitorId: idOf('Kassa') });

    expect(outcome).toMatchObject({
      monitorId: idOf('Kassa'),
      incidentId,
      result: 'ran',
      exitCode: 0,
      outputTail: ['kassa stopped', 'kassa started'],
      recheck: { status: 'up', cause: 'ok' },
    });
    expect(world.checks.callsFor(idOf('Kassa')).length).toBe(checksBefore + 1);
    const event = (await call('guide.get', { incidentId })).incident.timeline.find(
      (entry) => readGuideEvent(entry)?.guideAction === 'restart',
    );
    expect(event?.text).toBe(
      [
        'Restarted Kassa (exit code 0)',
        'Kassa works again',
        'Last output:',
        'kassa stopped',
        'kassa started',
      ].join('\n'),
    );
    expect(readGuideEvent(event!)).toEqual({
      guideAction: 'restart',
      monitorId: idOf('Kassa'),
      result: 'ran',
      exitCode: 0,
      recovered: true,
    });
  });

  it('stops a restart that hangs and says so', async () => {
    const { idOf, call, openIncident } = await world.start([kassa('setInterval(() => {}, 1000)', 1)]);
    const incidentId = await openIncident('Kassa', 'service_stopped');
    const outcome = await call('guide.restart', { monitorId: idOf('Kassa') });
    expect(outcome).toMatchObject({ result: 'timed_out', exitCode: null, recheck: { status: 'down' } });
    const timeline = (await call('guide.get', { incidentId })).incident.timeline;
    expect(timeline.at(-1)?.text).toBe(
      'Restart of Kassa stopped after 1 second without finishing\nKassa still does not work',
    );
  });

  it('refuses a monitor without a restart command', async () => {
    const { service, idOf } = await world.start([{ name: 'Kassa', target: 'service://kassa' }]);
    expect(await service.handle('guide.restart', { monitorId: idOf('Kassa') })).toEqual({
      ok: false,
      error: { code: 'not_allowed' },
    });
  });
});
