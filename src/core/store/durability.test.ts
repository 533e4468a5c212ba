import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { IncidentRepository } from './incident-repository';
import { TempStore } from './store-test-helpers';

const store = new TempStore();
afterEach(() => store.cleanUp());

const CHILD = fileURLToPath(new URL('./durability-child.ts', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ROUNDS = 20;

/**
 * Starts the child, lets it print `linesBeforeKill` lines of committed saves, kills it with SIGKILL and
 * returns every `id → event count` it reported (the last report of an id wins).
 */
function runAndKill(path: string, prefix: string, linesBeforeKill: number): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, path, prefix], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const committed = new Map<string, number>();
    let buffered = '';
    let lines = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      for (const line of complete) {
        for (const entry of line.split(' ')) {
          const [id, count] = entry.split(':');
          committed.set(id!, Number(count));
        }
        lines += 1;
      }
      if (lines >= linesBeforeKill) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(committed);
      else reject(new Error(`child exited with ${code} before being killed: ${stderr}`));
    });
  });
}

describe('durability against SIGKILL', () => {
  it('keeps every incident whose save returned, with its events, across 20 kills mid-write', async () => {
    const path = join(store.folder(), 'back-online.db');
    const everCommitted = new Map<string, number>();
    for (let round = 0; round < ROUNDS; round += 1) {
      const committed = await runAndKill(path, `r${round}`, 3 + ((round * 37) % 120));
      for (const [id, count] of committed) everCommitted.set(id, count);
      // The killed writer never checkpointed: opening must recover from its -wal.
      expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);

      const db = openDatabase(path);
      try {
        expect(db.notices).toEqual([]);
        const incidents = new IncidentRepository(db);
        for (const [id, count] of everCommitted) {
          const stored = incidents.get(id);
          expect(stored, `incident ${id} after round ${round}`).not.toBeNull();
          // A save can commit just before the kill without its line getting out: one event more is fine.
          expect(stored!.timeline.length).toBeGreaterThanOrEqual(count);
          expect(stored!.timeline.slice(0, 3).map((event) => event.type)).toEqual([
            'detected',
            'check_failed',
            'note',
          ]);
        }
        // Transactions are all-or-nothing: no incident has only part of a save's events.
        const counts = db.connection
          .prepare(
            'SELECT COUNT(e.id) AS n FROM incidents i LEFT JOIN incident_events e ON e.incident_id = i.id GROUP BY i.id',
          )
          .all() as { n: number }[];
        expect(counts.every(({ n }) => n === 3 || n === 4)).toBe(true);
      } finally {
        db.close();
      }
    }
    expect(everCommitted.size).toBeGreaterThan(ROUNDS * 3);
  }, 240_000);
});
