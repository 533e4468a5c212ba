import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { captureIo } from '../../../test/cli/capture-io';
import { eventually, scriptedServiceWorld } from '../../../test/support/scripted-service';
import { describeCause } from '../../shared/diagnosis';
import type { Locale } from '../../shared/locale';
import { EXIT_CODES } from '../exit-codes';
import type { WatchJsonLine } from '../watch/watch-json';
import { createIncidentsCommand } from './incidents';
import { createWatchCommand } from './watch';

const en: Locale = { language: 'en', formality: 'formal' };
const serverError = describeCause('http_server_error', {}, en).title;
const refused = describeCause('connection_refused', {}, en).title;

let dir: string;
let world: ReturnType<typeof scriptedServiceWorld>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'back-online-watch-'));
  world = scriptedServiceWorld();
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeConfig(config: unknown = {}): string {
  const path = join(dir, 'config.json');
  writeFileSync(
    path,
    JSON.stringify({
      checks: { intervalSeconds: 30, confirmRechecks: 0, recoveryThreshold: 1 },
      monitors: [
        { name: 'Webshop', target: 'https://shop.example.nl' },
        { name: 'Checkout', target: 'https://shop.example.nl/checkout' },
        { name: 'Kassa', target: 'tcp://192.168.1.20:9100' },
      ],
      ...(config as object),
    }),
  );
  return path;
}

function watchCommand(waitForStop: () => Promise<void>, defaultDataDir = join(dir, 'default-data')) {
  return createWatchCommand({
    createService: world.createService,
    defaultDataDir: () => defaultDataDir,
    waitForStop,
  });
}

/** `watch` on the scripted service; `stop()` plays the owner pressing Ctrl+C. */
function startWatch(args: string[], env?: Record<string, string>) {
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  const command = watchCommand(() => stopped);
  const io = captureIo(env);
  const exit = command.run(['--data-dir', join(dir, 'data'), ...args], { io, locale: en });
  return { io, exit, stop };
}

/** The lines without their `HH:MM:SS` time, which depends on the machine's time zone. */
function linesOf(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^\d\d:\d\d:\d\d {2}/, ''));
}

describe('back-online watch', () => {
  it('prints the starting picture, then every change and incident step until stopped', async () => {
    const watch = startWatch(['--config', writeConfig()]);
    await eventually(() => watch.io.out().includes('Overall'));
    expect(linesOf(watch.io.out())).toEqual([
      'Back Online is watching 3 checks. Press Ctrl+C to stop.',
      'Webshop: checking…',
      'Checkout: checking…',
      'Kassa: checking…',
      'Overall: nothing wrong so far, still checking…',
    ]);
    expect(watch.io.out()).toMatch(/^Back Online.*\n\d\d:\d\d:\d\d {2}Webshop: checking…\n/);

    await world.clock.advance(2_000);
    const started = watch.io.out().length;
    world.failing.set('Webshop', { cause: 'http_server_error' });
    world.failing.set('Checkout', { cause: 'http_server_error' });
    world.failing.set('Kassa', { cause: 'connection_refused' });
    await world.clock.advance(31_000);
    const down = linesOf(watch.io.out().slice(started));
    expect(down).toEqual(
      expect.arrayContaining([
        `Incident opened: Webshop — ${serverError}`,
        'Incident Webshop and Checkout: Checkout also affected',
        `Incident opened: Kassa — ${refused}`,
        `Webshop: DOWN — ${serverError}`,
        `Kassa: DOWN — ${refused}`,
        'Overall: something is down',
      ]),
    );
    expect(down.indexOf(`Incident opened: Webshop — ${serverError}`)).toBeLessThan(
      down.indexOf(`Webshop: DOWN — ${serverError}`),
    );

    const recovering = watch.io.out().length;
    world.failing.clear();
    await world.clock.advance(31_000);
    expect(linesOf(watch.io.out().slice(recovering))).toEqual(
      expect.arrayContaining([
        'Incident Webshop and Checkout: Webshop works again',
        'Incident Webshop and Checkout: Status: Fixed, keeping an eye on it',
        'Webshop: OK',
        'Overall: everything works',
      ]),
    );
    await world.clock.advance(11 * 60_000);
    expect(linesOf(watch.io.out())).toContain('Incident resolved: Webshop and Checkout');

    watch.stop();
    expect(await watch.exit).toBe(EXIT_CODES.ok);
    expect(watch.io.out().endsWith('Stopping Back Online…\n')).toBe(true);
    expect(watch.io.err()).toBe('');
  });

  it('prints one JSON object per line, and what it printed as an incident is in the database', async () => {
    const watch = startWatch(['--json', '--config', writeConfig()]);
    await eventually(() => watch.io.out().includes('"overall"'));
    await world.clock.advance(2_000);
    world.failing.set('Webshop', { cause: 'http_server_error', details: { statusCode: 500 } });
    await world.clock.advance(31_000);
    watch.stop();
    expect(await watch.exit).toBe(EXIT_CODES.ok);

    const lines = watch.io
      .out()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as WatchJsonLine);
    expect(lines.slice(0, 4).map((line) => line.type)).toEqual(['monitor', 'monitor', 'monitor', 'overall']);
    expect(lines[0]).toMatchObject({ type: 'monitor', name: 'Webshop', status: 'pending', title: null });
    expect(lines).toContainEqual(
      expect.objectContaining({
        type: 'monitor',
        name: 'Webshop',
        status: 'down',
        cause: 'http_server_error',
        title: describeCause('http_server_error', { statusCode: 500 }, en).title,
      }),
    );
    expect(lines).toContainEqual({
      type: 'overall',
      at: expect.any(Number),
      overall: 'down',
      offline: false,
    });
    const opened = lines.find((line) => line.type === 'incident' && line.event.type === 'detected');
    expect(opened).toMatchObject({ event: { cause: 'http_server_error', text: 'Webshop' } });

    const incidents = captureIo();
    const listCommand = createIncidentsCommand({ defaultDataDir: () => join(dir, 'data') });
    expect(await listCommand.run(['--json'], { io: incidents, locale: en })).toBe(EXIT_CODES.ok);
    const stored = JSON.parse(incidents.out()) as { incidents: { id: string; timeline: unknown[] }[] };
    expect(opened?.type === 'incident' && opened.incidentId).toBe(stored.incidents[0]?.id);
    expect(stored.incidents[0]?.timeline).toContainEqual(opened?.type === 'incident' ? opened.event : null);
  });

  it('speaks the language asked for and keeps it in the settings', async () => {
    const watch = startWatch(['--config', writeConfig(), '--lang', 'nl', '--informal']);
    await eventually(() => watch.io.out().includes('Totaal'));
    expect(linesOf(watch.io.out())).toEqual([
      'Back Online bewaakt 3 controles. Druk op Ctrl+C om te stoppen.',
      'Webshop: wordt gecontroleerd…',
      'Checkout: wordt gecontroleerd…',
      'Kassa: wordt gecontroleerd…',
      'Totaal: tot nu toe niets mis, nog bezig met controleren…',
    ]);
    watch.stop();
    expect(await watch.exit).toBe(EXIT_CODES.ok);
    const settings = JSON.parse(readFileSync(join(dir, 'data', 'settings.json'), 'utf8'));
    expect(settings).toMatchObject({ language: 'nl', formality: 'informal' });
  });

  it('says what start-up repaired, on stderr', async () => {
    const config = writeConfig();
    const first = startWatch(['--config', config]);
    await eventually(() => first.io.out().includes('Overall'));
    first.stop();
    await first.exit;
    writeFileSync(join(dir, 'data', 'settings.json'), '{ "language": ');
    const second = startWatch(['--config', config]);
    await eventually(() => second.io.out().includes('Overall'));
    second.stop();
    expect(await second.exit).toBe(EXIT_CODES.ok);
    expect(second.io.err()).toMatch(
      /^back-online: Your settings file was damaged, so Back Online started with default settings\. The damaged file was kept as ".*settings\.json\.corrupt-[^"]+"\.\n$/,
    );
  });

  it('tells of a fault the service survives in words, once, never with its details', async () => {
    let report: (error: unknown) => void = () => undefined;
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const command = createWatchCommand({
      createService: (options) => {
        report = options.reportError ?? report;
        return world.createService(options);
      },
      defaultDataDir: () => join(dir, 'data'),
      waitForStop: () => stopped,
    });
    const io = captureIo();
    const exit = command.run(['--config', writeConfig()], { io, locale: en });
    await eventually(() => io.out().includes('Overall'));
    report(new Error('SQLITE_FULL: database or disk is full'));
    report(new Error('SQLITE_FULL: database or disk is full'));
    stop();
    expect(await exit).toBe(EXIT_CODES.ok);
    expect(io.err()).toBe(
      'back-online: Something went wrong inside Back Online; it keeps checking. If this message keeps coming back, report it to whoever supports Back Online for you.\n',
    );
  });

  it('refuses a config mistake (exit 2) and a newer database (exit 3) before watching anything', async () => {
    const mistake = join(dir, 'mistake.json');
    writeFileSync(
      mistake,
      JSON.stringify({ monitors: [{ name: 'Webshop', target: 'ftp://shop.example.nl' }] }),
    );
    const wrong = startWatch(['--config', mistake]);
    expect(await wrong.exit).toBe(EXIT_CODES.usage);
    expect(wrong.io.err()).toContain(
      `The configuration file "${mistake}" has a mistake at "monitors.0.target"`,
    );
    expect(wrong.io.out()).toBe('');

    const database = join(dir, 'data', 'back-online.db');
    const first = startWatch(['--config', writeConfig()]);
    await eventually(() => first.io.out().includes('Overall'));
    first.stop();
    await first.exit;
    const newer = new DatabaseSync(database);
    newer.exec('PRAGMA user_version = 999');
    newer.close();
    const before = statSync(database).mtimeMs;

    const refusedRun = startWatch(['--lang', 'nl']);
    expect(await refusedRun.exit).toBe(EXIT_CODES.internal);
    expect(refusedRun.io.err()).toBe(
      `back-online: De gegevens in "${database}" zijn opgeslagen door een nieuwere versie van Back Online. Werk Back Online bij, of gebruik een andere map met --data-dir.\n`,
    );
    expect(statSync(database).mtimeMs).toBe(before);
    expect(existsSync(`${database}-wal`)).toBe(false);
  });

  it('shows its help with the default data folder', async () => {
    const io = captureIo();
    const command = watchCommand(() => Promise.resolve(), '/home/owner/.config/back-online');
    expect(await command.run(['--help'], { io, locale: en })).toBe(EXIT_CODES.ok);
    expect(io.out()).toContain('Usage: back-online watch [options]');
    expect(io.out()).toMatch(/ {2}--json {16}print one JSON object per line instead of text\n/);
    expect(io.out()).toContain('(default: /home/owner/.config/back-online)');
  });
});
