import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConfigFile } from '../../shared/settings';
import { configFileSchema } from '../../shared/settings';
import type { BackOnlineService, NotificationIntent } from '../service-contract';
import { DatabaseTooNewError } from '../service-contract';
import { FakeClock } from '../../../test/support/fake-clock';
import { FakeChecks, FakeConnectivity } from '../../../test/support/scheduler-harness';
import { createBackOnlineService } from '.';

const config = (input: unknown): ConfigFile => configFileSchema.parse(input);

const quickChecks = { confirmRechecks: 2, recheckDelaySeconds: 5, recoveryThreshold: 2, intervalSeconds: 30 };

describe('the service', () => {
  let dataDir: string;
  let clock: FakeClock;
  let checks: FakeChecks;
  let connectivity: FakeConnectivity;
  const running: BackOnlineService[] = [];

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'back-online-service-'));
    clock = new FakeClock();
    checks = new FakeChecks(clock);
    connectivity = new FakeConnectivity(clock);
  });

  afterEach(async () => {
    for (const service of running.splice(0)) await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(configInput: unknown) {
    const service = await createBackOnlineService({
      dataDir,
      config: config(configInput),
      clock,
      random: () => 0,
      runCheck: checks.run,
      checkConnectivity: connectivity.check,
      reportError: (error) => {
        throw error;
      },
    });
    running.push(service);
    const notifications: NotificationIntent[] = [];
    service.onNotification((notification) => notifications.push(notification));
    await service.start();
    const monitors = await service.handle('monitors.list', {});
    if (!monitors.ok) throw new Error('monitors.list failed');
    const idOf = (name: string) => monitors.value.find((monitor) => monitor.name === name)?.id ?? '';
    return { service, notifications, idOf };
  }

  async function stop(service: BackOnlineService) {
    running.splice(running.indexOf(service), 1);
    await service.stop();
  }

  it('opens one durable incident for a confirmed outage and tells the owner once', async () => {
    const { service, notifications, idOf } = await start({
      checks: quickChecks,
      monitors: [
        { name: 'Webshop', target: 'https://shop.example.nl' },
        { name: 'Webshop checkout', target: 'https://shop.example.nl/checkout' },
      ],
    });
    await clock.advance(1_000);
    expect(service.getState().overall).toBe('ok');

    checks.set(idOf('Webshop'), 'down', 'http_server_error');
    checks.set(idOf('Webshop checkout'), 'down', 'http_server_error');
    await clock.advance(60_000);

    const state = service.getState();
    expect(state.overall).toBe('down');
    expect(state.tray.title).toBe('2 down');
    expect(state.openIncidents).toHaveLength(1);
    expect(state.openIncidents[0]?.monitorIds.sort()).toEqual(
      [idOf('Webshop'), idOf('Webshop checkout')].sort(),
    );
    expect(notifications.filter((notification) => notification.kind === 'down')).toHaveLength(1);

    const incidentId = state.openIncidents[0]?.id ?? '';
    await stop(service);
    const database = new DatabaseSync(join(dataDir, 'back-online.db'));
    const row = database.prepare('SELECT phase FROM incidents WHERE id = ?').get(incidentId);
    database.close();
    expect(row).toEqual({ phase: 'detected' });
  });

  it('names the monitor that joins an open incident, and every monitor when they all work again', async () => {
    const { service, notifications, idOf } = await start({
      checks: quickChecks,
      language: 'nl',
      monitors: [
        { name: 'Webshop', target: 'https://shop.example.nl' },
        { name: 'Pinautomaat', target: 'tcp://shop.example.nl:8443' },
      ],
    });
    await clock.advance(1_000);
    checks.set(idOf('Webshop'), 'down', 'http_server_error', { statusCode: 503 });
    await clock.advance(60_000);
    checks.set(idOf('Pinautomaat'), 'down', 'connection_refused');
    await clock.advance(60_000);
    expect(service.getState().openIncidents).toHaveLength(1);
    expect(notifications.map((notification) => [notification.kind, notification.title])).toEqual([
      ['down', 'Webshop werkt niet'],
      ['joined', 'Pinautomaat werkt ook niet'],
    ]);
    // The joining monitor's own diagnosis, and the monitor it joins by name.
    expect(notifications[1]?.monitorId).toBe(idOf('Pinautomaat'));
    expect(notifications[1]?.body).toMatch(/weigert.*hetzelfde probleem als Webshop: klik/is);

    checks.set(idOf('Webshop'), 'up');
    checks.set(idOf('Pinautomaat'), 'up');
    await clock.advance(120_000);
    expect(notifications.map((notification) => notification.title)).toContain(
      'Webshop en Pinautomaat werken weer',
    );
  });

  it('keeps open incidents across a restart and lets the owner work on them', async () => {
    const monitors = [{ name: 'Webshop', target: 'https://shop.example.nl' }];
    const first = await start({ checks: quickChecks, monitors });
    checks.set(first.idOf('Webshop'), 'down');
    await clock.advance(60_000);
    const incidentId = first.service.getState().openIncidents[0]?.id ?? '';
    expect(incidentId).not.toBe('');
    await stop(first.service);

    const second = await start({ checks: quickChecks, monitors });
    expect(second.service.getState().openIncidents.map((incident) => incident.id)).toEqual([incidentId]);
    const phase = await second.service.handle('incidents.setPhase', {
      id: incidentId,
      phase: 'investigating',
    });
    expect(phase.ok && phase.value.phase).toBe('investigating');
    const note = await second.service.handle('incidents.addEvent', {
      id: incidentId,
      type: 'message_copied',
      text: 'customer message',
    });
    expect(note.ok && note.value.timeline.map((event) => event.type)).toContain('message_copied');
    const resolved = await second.service.handle('incidents.resolve', {
      id: incidentId,
      note: 'host fixed it',
    });
    expect(resolved.ok && resolved.value.phase).toBe('resolved');
    const again = await second.service.handle('incidents.resolve', { id: incidentId });
    expect(again).toEqual({ ok: false, error: { code: 'not_allowed' } });
    const missing = await second.service.handle('incidents.get', { id: 'no-such-incident' });
    expect(missing).toEqual({ ok: false, error: { code: 'not_found' } });
  });

  it('closes the incident of a monitor that a new config no longer lists', async () => {
    const first = await start({
      checks: quickChecks,
      monitors: [{ name: 'Old shop', target: 'https://old.example.nl' }],
    });
    checks.set(first.idOf('Old shop'), 'down');
    await clock.advance(60_000);
    const incidentId = first.service.getState().openIncidents[0]?.id ?? '';
    expect(incidentId).not.toBe('');
    await stop(first.service);

    const second = await start({
      checks: quickChecks,
      monitors: [{ name: 'New shop', target: 'https://new.example.nl' }],
    });
    expect(second.service.getState().openIncidents).toEqual([]);
    const closed = await second.service.handle('incidents.get', { id: incidentId });
    expect(closed.ok && closed.value.phase).toBe('resolved');
  });

  it('opens no site incident while the machine itself is offline', async () => {
    const { service, idOf } = await start({
      checks: quickChecks,
      monitors: [
        { name: 'Webshop', target: 'https://shop.example.nl' },
        { name: 'Printer', target: 'tcp://192.168.1.20:9100' },
      ],
    });
    await clock.advance(1_000);
    connectivity.online = false;
    checks.set(idOf('Webshop'), 'down', 'connection_timeout');
    checks.set(idOf('Printer'), 'down', 'connection_refused');
    await clock.advance(120_000);

    const state = service.getState();
    expect(state.overall).toBe('offline');
    const scopes = state.openIncidents.map((incident) => incident.scope).sort();
    expect(scopes).toEqual(['local', 'offline']);
    expect(state.monitors.find((monitor) => monitor.monitor.name === 'Webshop')?.status).toBe('unknown');
  });

  it('adds, changes and removes monitors through the contract', async () => {
    const { service } = await start({ checks: quickChecks, monitors: [] });
    const created = await service.handle('monitors.create', { name: 'Kassa', target: 'tcp://127.0.0.1:9' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    await clock.advance(1_000);
    expect(service.getState().monitors.map((monitor) => monitor.monitor.name)).toEqual(['Kassa']);
    const renamed = await service.handle('monitors.update', {
      id: created.value.id,
      changes: { name: 'Kassasysteem' },
    });
    expect(renamed.ok && renamed.value.name).toBe('Kassasysteem');
    const history = await service.handle('monitors.history', { id: created.value.id, range: '24h' });
    expect(history.ok && history.value.monitorId).toBe(created.value.id);
    expect(await service.handle('monitors.delete', { id: created.value.id })).toEqual({
      ok: true,
      value: null,
    });
    expect(await service.handle('monitors.delete', { id: created.value.id })).toEqual({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(service.getState().monitors).toEqual([]);
  });

  it('saves settings, refuses invalid ones and speaks the chosen language', async () => {
    const { service } = await start({ monitors: [{ name: 'Webshop', target: 'https://shop.example.nl' }] });
    const saved = await service.handle('settings.set', { language: 'nl', formality: 'informal' });
    expect(saved.ok && saved.value.language).toBe('nl');
    expect(service.getState().locale).toEqual({ language: 'nl', formality: 'informal' });
    const invalid = await service.handle('settings.set', { checks: { intervalSeconds: 1 } } as never);
    expect(invalid.ok).toBe(false);
    const settingsFiles = readdirSync(dataDir).filter((name) => name.startsWith('settings.json'));
    expect(settingsFiles).toEqual(['settings.json']);
  });

  it('snoozes alerts: an outage during snooze opens no incident and sends nothing', async () => {
    const { service, notifications, idOf } = await start({
      checks: quickChecks,
      monitors: [{ name: 'Webshop', target: 'https://shop.example.nl' }],
    });
    const snoozed = await service.handle('monitoring.snooze', { duration: '1h' });
    expect(snoozed.ok && snoozed.value.snoozedUntil).toBe(clock.now() + 3_600_000);
    checks.set(idOf('Webshop'), 'down');
    await clock.advance(120_000);
    expect(service.getState().openIncidents).toEqual([]);
    expect(notifications).toEqual([]);
  });

  it('sets a broken settings file aside and starts on defaults with a notice', async () => {
    writeFileSync(join(dataDir, 'settings.json'), '{ "language": "nl", ');
    const { service } = await start({ monitors: [] });
    expect(service.startupNotices.map((notice) => notice.code)).toEqual(['settings_corrupt_moved']);
    expect(readdirSync(dataDir).some((name) => name.startsWith('settings.json.corrupt-'))).toBe(true);
  });

  it('refuses a database from a newer version and leaves it alone', async () => {
    const path = join(dataDir, 'back-online.db');
    const database = new DatabaseSync(path);
    database.exec('PRAGMA user_version = 999');
    database.close();
    await expect(createBackOnlineService({ dataDir, clock })).rejects.toBeInstanceOf(DatabaseTooNewError);
  });
});
