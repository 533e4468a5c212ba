/**
 * Store benchmark: 1,000 monitors checked every 30 s (33 results/s). Prints the write cost through the
 * ResultWriter's batches, database growth per stored result and per hourly rollup, compaction and
 * history query times. Run: `npx tsx bench/store.ts`.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckResult, CheckStatus } from '../src/shared/check-result';
import { openDatabase } from '../src/core/store/database';
import { MonitorRepository } from '../src/core/store/monitor-repository';
import { HOUR_MS } from '../src/core/store/result-compaction';
import { ResultRepository } from '../src/core/store/result-repository';
import { ResultWriter } from '../src/core/store/result-writer';

const MONITORS = 1_000;
const INTERVAL_MS = 30_000;
const HOURS = 7;

const folder = mkdtempSync(join(tmpdir(), 'back-online-bench-'));
const path = join(folder, 'back-online.db');
const fileBytes = () =>
  ['', '-wal'].reduce(
    (sum, suffix) => sum + (statSync(path + suffix, { throwIfNoEntry: false })?.size ?? 0),
    0,
  );

try {
  let db = openDatabase(path);
  const start = Date.UTC(2026, 0, 1);
  const monitors = new MonitorRepository(db, { now: () => start });
  const ids = Array.from(
    { length: MONITORS },
    (_, i) => monitors.create({ name: `Site ${i}`, target: `https://site${i}.example.nl` }).id,
  );
  db.close();
  db = openDatabase(path);
  const emptyBytes = fileBytes();

  let results = new ResultRepository(db);
  const writer = new ResultWriter(results, { flushIntervalMs: 1_000, batchSize: 500 });
  const rounds = (HOURS * HOUR_MS) / INTERVAL_MS;
  let written = 0;
  const began = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    for (let m = 0; m < MONITORS; m += 1) {
      const roll = (round * 7919 + m * 104_729) % 100;
      const status: CheckStatus = roll < 97 ? 'up' : roll < 99 ? 'degraded' : 'down';
      const result: CheckResult = {
        kind: 'http',
        target: `https://site${m}.example.nl`,
        status,
        cause: status === 'up' ? 'ok' : status === 'degraded' ? 'slow_response' : 'connection_refused',
        startedAt: start + round * INTERVAL_MS + m * (INTERVAL_MS / MONITORS),
        durationMs: 80 + ((round * 31 + m * 17) % 400),
        timings: { total: 100 },
        details: status === 'down' ? { host: `site${m}.example.nl`, errorCode: 'ECONNREFUSED' } : {},
      };
      writer.record(ids[m]!, result);
      written += 1;
    }
  }
  writer.stop();
  const writeMs = performance.now() - began;
  db.close();
  const rawBytes = fileBytes() - emptyBytes;

  db = openDatabase(path);
  results = new ResultRepository(db);
  const queryStart = performance.now();
  for (let i = 0; i < 100; i += 1) results.history(ids[i]!, '24h', start + HOURS * HOUR_MS);
  const historyMs = (performance.now() - queryStart) / 100;

  const backlogStart = performance.now();
  const backlog = await results.compact(start + (HOURS - 1) * HOUR_MS + 48 * HOUR_MS);
  const backlogMs = performance.now() - backlogStart;
  const hourlyStart = performance.now();
  const hourly = await results.compact(start + HOURS * HOUR_MS + 48 * HOUR_MS);
  const hourlyMs = performance.now() - hourlyStart;
  const rolledUpHours = backlog.rolledUpHours + hourly.rolledUpHours;
  db.connection.exec('VACUUM');
  db.close();
  const rollupBytes = fileBytes() - emptyBytes;

  console.log(
    `results written:        ${written} (${HOURS} h of ${MONITORS} monitors every ${INTERVAL_MS / 1000} s)`,
  );
  console.log(`write cost:             ${((writeMs * 1000) / written).toFixed(1)} µs per result, batched`);
  console.log(`growth per raw result:  ${(rawBytes / written).toFixed(1)} bytes`);
  console.log(`history(24h) query:     ${historyMs.toFixed(2)} ms`);
  console.log(
    `compaction backlog:     ${backlogMs.toFixed(0)} ms for ${backlog.rolledUpHours} monitor-hours in ${backlog.batches} batches`,
  );
  console.log(
    `compaction, one hour:   ${hourlyMs.toFixed(0)} ms for ${hourly.rolledUpHours} monitor-hours in ${hourly.batches} batches`,
  );
  console.log(`growth per rollup hour: ${(rollupBytes / rolledUpHours).toFixed(1)} bytes`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
