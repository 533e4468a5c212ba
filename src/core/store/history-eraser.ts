import type { Database } from './database';

/**
 * "Delete history" in Settings: every measurement and every resolved incident with its timeline, message
 * log and guide progress (by cascade), in one transaction. An open incident is never touched, nor is one
 * the caller still holds open in memory, even if its row says resolved: the owner may be in the middle of
 * recovering.
 */
export function eraseHistory(db: Database, keepIncidentIds: readonly string[]): { removedIncidents: number } {
  return db.transaction(() => {
    const sql = db.connection;
    sql.exec('DELETE FROM check_results; DELETE FROM check_rollups;');
    const removed = sql
      .prepare(
        `DELETE FROM incidents
          WHERE resolved_at IS NOT NULL
            AND id NOT IN (SELECT value FROM json_each(?))`,
      )
      .run(JSON.stringify(keepIncidentIds));
    return { removedIncidents: Number(removed.changes) };
  });
}
