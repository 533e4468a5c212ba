/**
 * The history both history benchmarks read: 20 monitors checked every 5 minutes for 90 days, one check in
 * 200 down, then compacted as the app does (raw results for 48 h, hourly rollups beyond). Deterministic:
 * the same figures every run, so runs compare.
 */
import { join } from 'node:path';
import type { CheckStatus } from '../src/shared/check-result';
import type { Database } from '../src/core/store/database';
import { openDatabase } from '../src/core/store/database';
import { MonitorRepository } from '../src/core/store/monitor-repository';
import { DAY_MS } from '../src/core/store/result-compaction';
import { ResultRepository } from '../src/core/store/result-repository';

export const HISTORY_MONITORS = 20;
export const HISTORY_DAYS = 90;
const INTERVAL_MS = 300_000;
/** The database file's name in the data folder, as the service opens it. */
export const DATABASE_FILE = 'back-online.db';

export const historyMonitorName = (index: number) => `Site ${index}`;

export interface GeneratedHistory {
  db: Database;
  results: ResultRepository;
  ids: string[];
  rows: number;
  seconds: number;
}

/** Fills `<folder>/back-online.db` with the history up to `now`; the database stays open for the caller. */
export async function generateHistory(folder: string, now: number): Promise<GeneratedHistory> {
  const start = now - HISTORY_DAYS * DAY_MS;
  const db = openDatabase(join(folder, DATABASE_FILE), { now: () => now });
  const monitors = new MonitorRepository(db, { now: () => start });
  const ids = Array.from(
    { length: HISTORY_MONITORS },
    (_, index) => monitors.create({ name: historyMonitorName(index), target: `https://site${index}.nl` }).id,
  );
  const results = new ResultRepository(db);
  const began = performance.now();
  let rows = 0;
  for (let at = start; at < now; at += INTERVAL_MS) {
    const batch = ids.map((monitorId, index) => {
      const roll = ((at / INTERVAL_MS) * 7919 + index * 104_729) % 1000;
      const status: CheckStatus = roll < 995 ? 'up' : 'down';
      return {
        monitorId,
        result: {
          kind: 'http' as const,
          target: `https://site${index}.nl`,
          status,
          cause: status === 'up' ? ('ok' as const) : ('connection_refused' as const),
          startedAt: at + index * 1000,
          durationMs: 120 + (roll % 300),
          timings: { total: 120 },
          details: {},
        },
      };
    });
    rows += results.insertMany(batch);
  }
  await results.compact(now);
  return { db, results, ids, rows, seconds: (performance.now() - began) / 1000 };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
