import type { StatementSync } from 'node:sqlite';
import type { CauseCode } from '../../shared/cause-codes';
import type { GuideProgress } from '../../shared/guide/guide-progress';
import { guideProgressSchema } from '../../shared/guide/guide-progress';
import type { Database } from './database';

/**
 * The recovery guide's progress per incident. A stored document that no longer fits the schema (written by
 * a build with other steps, or damaged) reads as "no progress yet" rather than breaking the guide.
 */
export class GuideRepository {
  private readonly upsert: StatementSync;
  private readonly selectOne: StatementSync;
  private readonly selectResolvedByCause: StatementSync;

  constructor(db: Database) {
    const sql = db.connection;
    this.upsert = sql.prepare(`
      INSERT INTO guide_progress (incident_id, progress, updated_at) VALUES (:incidentId, :progress, :updatedAt)
      ON CONFLICT (incident_id) DO UPDATE SET progress = excluded.progress, updated_at = excluded.updated_at`);
    this.selectOne = sql.prepare('SELECT progress FROM guide_progress WHERE incident_id = ?');
    this.selectResolvedByCause = sql.prepare(`
      SELECT id, monitor_ids FROM incidents
       WHERE resolved_at IS NOT NULL AND cause = ? AND id <> ?
       ORDER BY opened_at DESC, id DESC LIMIT ?`);
  }

  /** Throws when the incident is not stored (the progress belongs to an incident). */
  save(progress: GuideProgress): void {
    this.upsert.run({
      incidentId: progress.incidentId,
      progress: JSON.stringify(progress),
      updatedAt: progress.updatedAt,
    });
  }

  get(incidentId: string): GuideProgress | null {
    const row = this.selectOne.get(incidentId) as { progress: string } | undefined;
    if (!row) return null;
    let stored: unknown;
    try {
      stored = JSON.parse(row.progress);
    } catch {
      return null;
    }
    const parsed = guideProgressSchema.safeParse(stored);
    return parsed.success && parsed.data.incidentId === incidentId ? parsed.data : null;
  }

  /**
   * Ids of resolved incidents with this cause that involved one of these monitors (or, for none, the
   * machine's own connection), newest first; among the last `scanLimit` resolved incidents of that cause.
   */
  resolvedWithCause(
    cause: CauseCode,
    monitorIds: readonly string[],
    excludeIncidentId: string,
    scanLimit = 200,
  ): string[] {
    const rows = this.selectResolvedByCause.all(cause, excludeIncidentId, scanLimit) as {
      id: string;
      monitor_ids: string;
    }[];
    // the offline incident has no monitors: it matches earlier offline incidents
    const matches = (ids: string[]) =>
      monitorIds.length === 0 ? ids.length === 0 : ids.some((id) => monitorIds.includes(id));
    return rows.filter((row) => matches(JSON.parse(row.monitor_ids) as string[])).map((row) => row.id);
  }
}
