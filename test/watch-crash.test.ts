import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IncidentRepository } from '../src/core/store/incident-repository';
import { openDatabase } from '../src/core/store/database';
import type { Incident } from '../src/shared/incident';
import type { HttpFixture, HttpFixtureMode } from './fixtures/http-fixture';
import { closedPort, startHttpFixture } from './fixtures/http-fixture';
import { cliEnv, ROOT } from './cli/spawn-cli';
import { ownLoopbackHosts } from './support/loopback-hosts';
import { seededRandom } from './support/scheduler-harness';
import { testSeed } from './support/test-seed';
import type { PrintedIncidentEvent } from './support/watch-process';
import { cliCommandLine, startWatch } from './support/watch-process';

const RUNS = 24;
/** Each host is its own incident; the first few carry two monitors, so a second one joins the incident. */
const HOSTS = 16;
const SHARED_HOSTS = 4;
/** The service spreads the first checks of 20 monitors over 5 s; random kills land inside that. */
const MAX_KILL_DELAY_MS = 3_500;
/** A run waiting for an incident event that does not come is killed anyway. */
const EVENT_DEADLINE_MS = 8_000;
const DATABASE = 'back-online.db';

type KillMoment = 'incident_opened' | 'incident_event' | 'random_delay';

/** Start-up, the kill and reading the database back, on top of the wait for an event. */
const RUN_OVERHEAD_MS = 4_000;

const seed = testSeed('watch crash test', 'WATCH_CRASH_SEED');
const random = seededRandom(seed);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

let dir: string;
let fixtures: HttpFixture[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'back-online-watch-crash-'));
  fixtures = await Promise.all(ownLoopbackHosts(HOSTS).map((host) => startHttpFixture({ host })));
});

afterAll(async () => {
  await Promise.all(fixtures.map((fixture) => fixture.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function writeConfig(): Promise<string> {
  const path = join(dir, 'config.json');
  const config = {
    // a refused connection still answers, so a closed loopback port counts as "online"
    connectivity: { targets: [`tcp://127.0.0.1:${await closedPort()}`], includeGateway: false },
    checks: {
      intervalSeconds: 10,
      confirmRechecks: 0,
      recheckDelaySeconds: 1,
      timeoutSeconds: 2,
      recoveryThreshold: 1,
    },
    monitors: fixtures.flatMap((fixture, index) =>
      index < SHARED_HOSTS
        ? [
            { name: `Shop ${index}`, target: fixture.url('/ok') },
            { name: `Shop ${index} checkout`, target: fixture.url('/shop') },
          ]
        : [{ name: `Site ${index}`, target: fixture.url('/ok') }],
    ),
  };
  writeFileSync(path, JSON.stringify(config));
  return path;
}

const DOWN_MODES: HttpFixtureMode[] = ['server_error', 'server_error', 'refuse'];

/**
 * Between runs one or two hosts that never failed go down (new incidents), and each host that failed
 * before flips with some chance: back up (recovery), down again (a flap) or down another way (a new cause).
 */
async function flipHosts(everDown: Set<number>): Promise<{ freshDown: number }> {
  const fresh = fixtures.map((_, index) => index).filter((index) => !everDown.has(index));
  const goingDown = fresh.sort(() => random() - 0.5).slice(0, 1 + Math.floor(random() * 2));
  const changes: Promise<void>[] = [];
  for (const index of goingDown) {
    everDown.add(index);
    changes.push(fixtures[index]!.setMode(pick(DOWN_MODES)));
  }
  for (const index of everDown) {
    if (goingDown.includes(index) || random() > 0.4) continue;
    const fixture = fixtures[index]!;
    const next = fixture.mode() === 'up' ? pick(DOWN_MODES) : random() < 0.7 ? 'up' : pick(DOWN_MODES);
    changes.push(fixture.setMode(next));
  }
  await Promise.all(changes);
  return { freshDown: goingDown.length };
}

function corruptLeftovers(dataDir: string): string[] {
  return existsSync(dataDir) ? readdirSync(dataDir).filter((name) => name.includes('corrupt')) : [];
}

/** Every printed event is in the database, with its incident: the service writes before it tells. */
function expectStored(incidents: (id: string) => Incident | null, printed: readonly PrintedIncidentEvent[]) {
  for (const { incidentId, event } of printed) {
    const incident = incidents(incidentId);
    expect(incident, `incident ${incidentId} (seed ${seed})`).not.toBeNull();
    expect(incident?.timeline, `seed ${seed}`).toContainEqual(event);
  }
}

/**
 * Opens a copy of the database as the crash left it (with its -wal, without the shared-memory index),
 * so the next run still starts from the very files the kill left behind.
 */
function checkCrashedDatabase(dataDir: string, run: number, printed: readonly PrintedIncidentEvent[]): void {
  if (!existsSync(join(dataDir, DATABASE))) {
    expect(printed, 'events printed without a database').toEqual([]);
    return;
  }
  const copyDir = join(dir, `after-kill-${run}`);
  mkdirSync(copyDir);
  for (const suffix of ['', '-wal']) {
    const file = join(dataDir, `${DATABASE}${suffix}`);
    if (existsSync(file)) copyFileSync(file, join(copyDir, `${DATABASE}${suffix}`));
  }
  const database = openDatabase(join(copyDir, DATABASE));
  try {
    expect(database.notices, `run ${run} (seed ${seed})`).toEqual([]);
    const repository = new IncidentRepository(database);
    expectStored((id) => repository.get(id), printed);
  } finally {
    database.close();
    rmSync(copyDir, { recursive: true, force: true });
  }
}

/** `back-online incidents --json` as its own process, while `watch` keeps writing. */
function listIncidents(dataDir: string): Promise<{ code: number; incidents: Incident[] }> {
  const [command, args] = cliCommandLine(['incidents', '--json', '--all', '--data-dir', dataDir]);
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: ROOT, env: cliEnv({}), timeout: 30_000 }, (error, stdout) => {
      if (error && typeof error.code !== 'number') return reject(error);
      const code = typeof error?.code === 'number' ? error.code : 0;
      resolve({ code, incidents: (JSON.parse(stdout) as { incidents: Incident[] }).incidents });
    });
  });
}

function killWhen(moment: KillMoment, watch: ReturnType<typeof startWatch>): Promise<string> {
  return new Promise((resolve) => {
    if (moment === 'random_delay') {
      setTimeout(() => resolve(moment), 50 + random() * (MAX_KILL_DELAY_MS - 50));
      return;
    }
    const deadline = setTimeout(() => resolve('deadline'), EVENT_DEADLINE_MS);
    const wanted = moment === 'incident_event' ? 1 + Math.floor(random() * 2) : 1;
    let seen = 0;
    watch.onIncidentEvent(({ event }) => {
      if (moment === 'incident_opened' && event.type !== 'detected') return;
      seen += 1;
      if (seen !== wanted) return;
      clearTimeout(deadline);
      resolve(moment);
    });
  });
}

describe('back-online watch killed with SIGKILL over and over', () => {
  it(
    'leaves a database that opens cleanly and holds every incident event it printed',
    // every run may wait out its event deadline on a busy machine; that is slow, not wrong
    { timeout: RUNS * (EVENT_DEADLINE_MS + RUN_OVERHEAD_MS) },
    async () => {
      const started = performance.now();
      const dataDir = join(dir, 'data');
      const config = await writeConfig();
      const everDown = new Set<number>();
      const allPrinted: PrintedIncidentEvent[] = [];
      const kills: Record<string, number> = {};

      for (let run = 0; run < RUNS; run += 1) {
        const { freshDown } = await flipHosts(everDown);
        const moment: KillMoment =
          run % 3 === 1 ? 'random_delay' : freshDown > 0 ? 'incident_opened' : 'incident_event';
        const watch = startWatch(['--config', config, '--data-dir', dataDir]);
        const why = await killWhen(moment, watch);

        if (run === RUNS - 1) {
          // a reader alongside the writer: WAL lets `incidents` read while `watch` writes
          const printedBefore = [...allPrinted, ...watch.printed];
          const listed = await listIncidents(dataDir);
          expect(listed.code).toBe(0);
          const byId = new Map(listed.incidents.map((incident) => [incident.id, incident]));
          expectStored((id) => byId.get(id) ?? null, printedBefore);
        }

        const ended = await watch.kill();
        kills[why] = (kills[why] ?? 0) + 1;
        expect(ended.signal, `run ${run} ended by itself: ${watch.stderr()}`).toBe('SIGKILL');
        expect(watch.malformed).toEqual([]);
        expect(watch.stderr(), `run ${run} (seed ${seed}) wrote to stderr`).toBe('');
        expect(corruptLeftovers(dataDir)).toEqual([]);
        checkCrashedDatabase(dataDir, run, watch.printed);
        allPrinted.push(...watch.printed);
      }

      const database = openDatabase(join(dataDir, DATABASE));
      try {
        expect(database.notices).toEqual([]);
        const repository = new IncidentRepository(database);
        expectStored((id) => repository.get(id), allPrinted);
      } finally {
        database.close();
      }
      const opened = allPrinted.filter(({ event }) => event.type === 'detected').length;
      const incidents = new Set(allPrinted.map(({ incidentId }) => incidentId)).size;
      const eventTypes: Record<string, number> = {};
      for (const { event } of allPrinted) eventTypes[event.type] = (eventTypes[event.type] ?? 0) + 1;
      // figures for the record, not assertions: timings depend on the machine
      console.info(
        `watch crash test (seed ${seed}): ${RUNS} runs, ${RUNS} SIGKILLs ${JSON.stringify(kills)}, ` +
          `${opened} incidents opened and ${incidents} checked, ${allPrinted.length} printed events checked ` +
          `${JSON.stringify(eventTypes)}, ` +
          `${Math.round((performance.now() - started) / 1000)} s`,
      );
      expect(opened).toBeGreaterThan(0);
    },
  );
});
