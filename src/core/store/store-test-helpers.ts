import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckResult, CheckStatus } from '../../shared/check-result';
import type { Database } from './database';
import { openDatabase } from './database';

/** Temp folders and databases for store tests; `cleanUp()` (in afterEach) closes and removes them all. */
export class TempStore {
  private readonly folders: string[] = [];
  private readonly databases: Database[] = [];

  folder(): string {
    const folder = mkdtempSync(join(tmpdir(), 'back-online-store-'));
    this.folders.push(folder);
    return folder;
  }

  open(path = join(this.folder(), 'back-online.db')): Database {
    const db = openDatabase(path);
    this.databases.push(db);
    return db;
  }

  cleanUp(): void {
    for (const db of this.databases.splice(0)) db.close();
    for (const folder of this.folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  }
}

export function checkResult(
  startedAt: number,
  status: CheckStatus,
  durationMs: number,
  details: CheckResult['details'] = {},
): CheckResult {
  return {
    kind: 'http',
    target: 'https://shop.example.nl',
    status,
    cause: status === 'up' ? 'ok' : status === 'degraded' ? 'slow_response' : 'connection_refused',
    startedAt,
    durationMs,
    timings: { total: durationMs },
    details,
  };
}
