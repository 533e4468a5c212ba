/**
 * `monitors.history` with 90 days of data for 20 monitors (bench/history-data.ts): the store's query for
 * every range and monitor, five times over. Prints the median and slowest answer per range against the
 * goal of under 50 ms. Run: `npx tsx bench/history.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HISTORY_RANGES } from '../src/shared/api-contract';
import { generateHistory, HISTORY_DAYS, HISTORY_MONITORS, median } from './history-data';

const REPEATS = 5;

const folder = mkdtempSync(join(tmpdir(), 'back-online-history-bench-'));
try {
  const now = Date.UTC(2026, 11, 6, 12);
  const { db, results, ids, rows, seconds } = await generateHistory(folder, now);
  console.log(
    `node ${process.version}; ${rows.toLocaleString('en')} results for ${HISTORY_MONITORS} monitors over ${HISTORY_DAYS} days, generated and compacted in ${seconds.toFixed(1)} s`,
  );
  for (const range of HISTORY_RANGES) {
    const times: number[] = [];
    for (let repeat = 0; repeat < REPEATS; repeat += 1) {
      for (const id of ids) {
        const started = performance.now();
        results.history(id, range, now);
        times.push(performance.now() - started);
      }
    }
    console.log(
      `monitors.history ${range.padEnd(3)}: median ${median(times).toFixed(2)} ms, slowest ${Math.max(...times).toFixed(2)} ms over ${times.length} answers (goal < 50 ms)`,
    );
  }
  db.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
