import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureIo } from '../../../test/cli/capture-io';
import { scriptedServiceWorld } from '../../../test/support/scripted-service';
import type { BackOnlineService } from '../../core/service-contract';
import { openDatabase } from '../../core/store/database';
import { configFileSchema } from '../../shared/settings';
import { describeCause } from '../../shared/diagnosis';
import type { Locale } from '../../shared/locale';
import { EXIT_CODES } from '../exit-codes';
import type { NamedIncident } from '../incidents/read-incidents';
import { createIncidentsCommand } from './incidents';

const en: Locale = { language: 'en', formality: 'formal' };

let dir: string;
let dataDir: string;
let world: ReturnType<typeof scriptedServiceWorld>;
const running: BackOnlineService[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'back-online-incidents-'));
  dataDir = join(dir, 'data');
  world = scriptedServiceWorld();
});

afterEach(async () => {
  for (const service of running.splice(0)) await service.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function startService(): Promise<BackOnlineService> {
  const service = await world.createService({
    dataDir,
    config: configFileSchema.parse({
      checks: { intervalSeconds: 30, confirmRechecks: 0, recoveryThreshold: 1 },
      monitors: [
        { name: 'Webshop', target: 'https://shop.example.nl' },
        { name: 'Checkout', target: 'https://shop.example.nl/checkout' },
        { name: 'Kassa', target: 'tcp://192.168.1.20:9100' },
      ],
    }),
    reportError: (error) => {
      throw error;
    },
  });
  running.push(service);
  await service.start();
  return service;
}

/** A site outage that two monitors share, worked on and solved, then a till that stops and is removed. */
async function recordHistory(service: BackOnlineService): Promise<void> {
  await world.clock.advance(2_000);
  world.failing.set('Webshop', { cause: 'http_server_error', details: { statusCode: 500 } });
  world.failing.set('Checkout', { cause: 'http_server_error', details: { statusCode: 500 } });
  await world.clock.advance(31_000);
  const shop = service.getState().openIncidents[0]?.id ?? '';
  await service.handle('incidents.addEvent', { id: shop, type: 'note', text: 'Called the host' });
  world.failing.clear();
  await world.clock.advance(31_000);
  await service.handle('incidents.resolve', { id: shop, note: 'host restarted the server' });
  await world.clock.advance(60_000);
  world.failing.set('Kassa', { cause: 'connection_refused' });
  await world.clock.advance(31_000);
  const monitors = await service.handle('monitors.list', {});
  const kassa = monitors.ok ? monitors.value.find((monitor) => monitor.name === 'Kassa') : undefined;
  await service.handle('monitors.delete', { id: kassa?.id ?? '' });
}

function run(args: string[], env?: Record<string, string>) {
  const io = captureIo(env);
  const command = createIncidentsCommand({ defaultDataDir: () => dataDir });
  return command.run(args, { io, locale: en }).then((code) => ({ code, out: io.out(), err: io.err() }));
}

/** Dates and times are the machine's local ones; the words around them are what is checked here. */
const withoutTimes = (text: string) =>
  text.replace(/\d{1,2} \w{3} \d{4}, \d\d:\d\d/g, 'date').replace(/\d\d:\d\d:\d\d/g, 'hh:mm:ss');

describe('back-online incidents', () => {
  it('says so when nothing was recorded: no data folder, or a database without incidents', async () => {
    const missing = await run([]);
    expect(missing).toEqual({ code: EXIT_CODES.ok, out: 'No incidents recorded yet.\n', err: '' });
    expect(existsSync(dataDir)).toBe(false);
    expect((await run(['--json'])).out).toBe('{\n  "incidents": []\n}\n');

    openDatabase(join(dataDir, 'back-online.db')).close();
    expect((await run(['--lang', 'nl'])).out).toBe('Nog geen incidenten vastgelegd.\n');
  });

  it('lists the incidents newest first, each with its timeline in plain words', async () => {
    await recordHistory(await startService());
    const listed = await run([]);
    expect(listed.code).toBe(EXIT_CODES.ok);
    expect(listed.err).toBe('');
    const serverError = describeCause('http_server_error', { statusCode: 500 }, en).title;
    const refused = describeCause('connection_refused', {}, en).title;
    expect(withoutTimes(listed.out)).toBe(
      [
        'date – date · Solved',
        `  Kassa: ${refused}`,
        '  Affects: Kassa',
        `    hh:mm:ss  Problem noticed: ${refused}`,
        '    hh:mm:ss  Closed because Kassa was removed',
        '',
        'date – date · Solved',
        `  Webshop and Checkout: ${serverError}`,
        '  Affects: Webshop, Checkout',
        `    hh:mm:ss  Problem noticed: ${serverError}`,
        '    hh:mm:ss  Checkout also affected',
        '    hh:mm:ss  Note: Called the host',
        '    hh:mm:ss  Webshop works again',
        '    hh:mm:ss  Checkout works again',
        '    hh:mm:ss  Status: Fixed, keeping an eye on it',
        '    hh:mm:ss  Solved: host restarted the server',
        '',
      ].join('\n'),
    );

    const dutch = await run(['--lang', 'nl']);
    expect(dutch.out).toContain('  Betreft: Webshop, Checkout\n');
    expect(dutch.out).toContain('  Ook Checkout heeft hier last van\n');
    expect(dutch.out).toContain('  Gesloten omdat Kassa is verwijderd\n');
  });

  it('gives scripts every incident with its timeline and the names of its monitors', async () => {
    await recordHistory(await startService());
    const listed = await run(['--json']);
    const { incidents } = JSON.parse(listed.out) as { incidents: NamedIncident[] };
    expect(incidents.map((incident) => [incident.groupKey, incident.phase])).toEqual([
      ['local:192.168.1.20', 'resolved'],
      ['host:shop.example.nl', 'resolved'],
    ]);
    const [kassa, shop] = incidents;
    expect(Object.values(shop?.monitorNames ?? {})).toEqual(['Webshop', 'Checkout']);
    expect(shop?.timeline.map((event) => event.type)).toEqual([
      'detected',
      'monitor_joined',
      'note',
      'check_passed',
      'check_passed',
      'phase_changed',
      'resolved',
    ]);
    // the deleted monitor keeps the name the timeline recorded
    expect(Object.values(kassa?.monitorNames ?? {})).toEqual(['Kassa']);
  });

  it('reads while the service keeps running and writing', async () => {
    const service = await startService();
    await world.clock.advance(2_000);
    world.failing.set('Webshop', { cause: 'http_server_error' });
    await world.clock.advance(31_000);
    const listed = await run(['--json']);
    const { incidents } = JSON.parse(listed.out) as { incidents: NamedIncident[] };
    expect(incidents.map((incident) => incident.id)).toEqual(
      service.getState().openIncidents.map((i) => i.id),
    );

    world.failing.set('Checkout', { cause: 'http_server_error' });
    await world.clock.advance(31_000);
    const again = JSON.parse((await run(['--json'])).out) as { incidents: NamedIncident[] };
    expect(again.incidents[0]?.timeline.map((event) => event.type)).toEqual(['detected', 'monitor_joined']);
  });

  it('leaves a newer version’s database untouched and says what to do (exit 3)', async () => {
    const path = join(dataDir, 'back-online.db');
    openDatabase(path).close();
    const newer = new DatabaseSync(path);
    newer.exec('PRAGMA user_version = 999');
    newer.close();
    const before = readFileSync(path);

    const refused = await run(['--informal', '--lang', 'nl']);
    expect(refused.code).toBe(EXIT_CODES.internal);
    expect(refused.out).toBe('');
    expect(refused.err).toBe(
      `back-online: De gegevens in "${path}" zijn opgeslagen door een nieuwere versie van Back Online. Werk Back Online bij, of gebruik een andere map met --data-dir.\n`,
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('shows its help', async () => {
    const help = await run(['-h']);
    expect(help.code).toBe(EXIT_CODES.ok);
    expect(help.out).toContain('Usage: back-online incidents [options]');
    expect(help.out).toContain('--all');
    expect(help.out).toContain('list every incident (default: the newest 50)');
    expect(help.out).toContain(`(default: ${dataDir})`);
  });
});
