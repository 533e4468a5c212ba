import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configFileSchema } from '../../shared/settings';
import type { BackOnlineService, NotificationIntent } from '../service-contract';
import { FakeClock } from '../../../test/support/fake-clock';
import { FakeChecks, FakeConnectivity } from '../../../test/support/scheduler-harness';
import { pinTimeZone } from '../../../test/support/time-zone';
import { createBackOnlineService } from '.';

pinTimeZone('Europe/Amsterdam');

const MINUTE = 60_000;

describe('messages in the service', () => {
  let dataDir: string;
  let clock: FakeClock;
  let checks: FakeChecks;
  let service: BackOnlineService;
  let reminders: NotificationIntent[];
  let incidentId: string;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'back-online-messages-'));
    clock = new FakeClock();
    checks = new FakeChecks(clock);
    service = await createBackOnlineService({
      dataDir,
      config: configFileSchema.parse({
        checks: { confirmRechecks: 0, recoveryThreshold: 1, intervalSeconds: 30 },
        business: { name: 'Bakkerij De Zon', website: 'https://bakkerijdezon.nl' },
        monitors: [{ name: 'Webshop', target: 'https://bakkerijdezon.nl', publicName: 'our web shop' }],
      }),
      clock,
      random: () => 0,
      runCheck: checks.run,
      checkConnectivity: new FakeConnectivity(clock).check,
      reportError: (error) => {
        throw error;
      },
    });
    reminders = [];
    service.onNotification((notification) => {
      if (notification.kind === 'update_due') reminders.push(notification);
    });
    await service.start();
    const monitors = await service.handle('monitors.list', {});
    checks.set(monitors.ok ? (monitors.value[0]?.id ?? '') : '', 'down', 'http_server_error');
    await clock.advance(MINUTE);
    incidentId = service.getState().openIncidents[0]?.id ?? '';
    expect(incidentId).not.toBe('');
  });

  afterEach(async () => {
    await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('records a copy in the timeline and a sent message, exactly, in the timeline and the message log', async () => {
    const copied = await service.handle('messages.copied', {
      incidentId,
      channel: 'x',
      phase: 'investigating',
    });
    expect(copied.ok && copied.value.timeline.at(-1)).toMatchObject({
      type: 'message_copied',
      text: 'X post',
      details: { channel: 'x', phase: 'investigating' },
    });

    const text = 'Bakkerij De Zon: since 14:02 our web shop is down. <b>Sorry</b> & thanks!';
    const sent = await service.handle('messages.markSent', {
      incidentId,
      channel: 'email',
      phase: 'investigating',
      voice: 'en',
      text,
    });
    expect(sent.ok && sent.value.timeline.at(-1)).toMatchObject({
      type: 'message_sent',
      text,
      details: { channel: 'email' },
    });
    const log = await service.handle('messages.log', { incidentId });
    expect(log.ok && log.value).toEqual([
      {
        id: expect.any(Number),
        incidentId,
        at: clock.now(),
        audience: 'customers',
        channel: 'email',
        language: 'en',
        text,
      },
    ]);
    expect(await service.handle('messages.log', { incidentId: 'no-such-incident' })).toEqual({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('reminds once when customers are due an update, with the update written, and counts from the last message', async () => {
    const openedAt = service.getState().openIncidents[0]?.openedAt ?? 0;
    await clock.advance(openedAt + 29 * MINUTE - clock.now());
    expect(reminders).toEqual([]);

    await clock.advance(2 * MINUTE);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      incidentId,
      step: 'communicate',
      title: 'Time for an update: Webshop',
    });
    expect(reminders[0]?.body).toContain('Bakkerij De Zon: Since');
    expect(reminders[0]?.body).toContain('our web shop (bakkerijdezon.nl)');

    await clock.advance(10 * MINUTE);
    expect(reminders).toHaveLength(1);

    // The team's chat is not a customer update; a Facebook post is, and the next reminder counts from it.
    await service.handle('messages.markSent', {
      incidentId,
      channel: 'team_chat',
      phase: 'investigating',
      voice: 'en',
      text: 'team',
    });
    const postedAt = clock.now();
    await service.handle('messages.markSent', {
      incidentId,
      channel: 'facebook',
      phase: 'investigating',
      voice: 'en',
      text: 'post',
    });
    await clock.advance(postedAt + 29 * MINUTE - clock.now());
    expect(reminders).toHaveLength(1);
    await clock.advance(2 * MINUTE);
    expect(reminders).toHaveLength(2);
    expect(reminders[1]?.body).toContain('is still not working');
  });

  it('says in the timeline when a message went to the phone as a QR code and was posted from there', async () => {
    const shown = await service.handle('messages.copied', {
      incidentId,
      channel: 'instagram_caption',
      phase: 'investigating',
      fromPhone: true,
    });
    expect(shown.ok && shown.value.timeline.at(-1)).toMatchObject({
      type: 'message_copied',
      text: 'Instagram caption',
      details: { channel: 'instagram_caption', phase: 'investigating', fromPhone: true },
    });
    const sent = await service.handle('messages.markSent', {
      incidentId,
      channel: 'instagram_caption',
      phase: 'investigating',
      voice: 'en',
      text: 'We are down.',
      fromPhone: true,
    });
    expect(sent.ok && sent.value.timeline.at(-1)).toMatchObject({
      type: 'message_sent',
      details: { channel: 'instagram_caption', fromPhone: true },
    });
    const log = await service.handle('messages.log', { incidentId });
    expect(log.ok && log.value.map((entry) => [entry.channel, entry.text])).toEqual([
      ['instagram_caption', 'We are down.'],
    ]);
    // A copy on this computer says nothing about a phone.
    const copied = await service.handle('messages.copied', {
      incidentId,
      channel: 'x',
      phase: 'investigating',
    });
    expect(copied.ok && copied.value.timeline.at(-1)?.details).toEqual({
      channel: 'x',
      phase: 'investigating',
      ownerLanguage: 'en',
    });
  });

  it('keeps the "solved" messages of a resolved incident in the log', async () => {
    await service.handle('incidents.resolve', { id: incidentId });
    const sent = await service.handle('messages.markSent', {
      incidentId,
      channel: 'x',
      phase: 'resolved',
      voice: 'nl',
      text: 'Opgelost!',
    });
    expect(sent.ok && sent.value.id).toBe(incidentId);
    const log = await service.handle('messages.log', { incidentId });
    expect(log.ok && log.value.map((entry) => entry.text)).toEqual(['Opgelost!']);
  });
});
