import type { StatementSync } from 'node:sqlite';
import type { CauseCode } from '../../shared/cause-codes';
import type { CheckDetails } from '../../shared/check-result';
import type {
  Incident,
  IncidentEvent,
  IncidentEventType,
  IncidentPhase,
  IncidentScope,
  IncidentSummary,
} from '../../shared/incident';
import { CUSTOMER_CHANNELS } from '../../shared/guide/review';
import type { Database } from './database';

/** What the incident reducer hands over: the incident as it is now and the events this step added. */
export interface IncidentChange {
  incident: Incident;
  appended: readonly IncidentEvent[];
}

export interface IncidentListOptions {
  includeResolved?: boolean;
  limit?: number;
}

interface IncidentRow {
  id: string;
  group_key: string;
  scope: IncidentScope;
  monitor_ids: string;
  cause: CauseCode;
  phase: IncidentPhase;
  opened_at: number;
  updated_at: number;
  resolved_at: number | null;
  details: string;
  event_count: number;
  first_customer_message_at: number | null;
}

interface EventRow {
  at: number;
  type: IncidentEventType;
  monitor_id: string | null;
  cause: CauseCode | null;
  phase: IncidentPhase | null;
  text: string | null;
  details: string | null;
}

const DEFAULT_LIST_LIMIT = 100;
/** Our own channel names, quoted for SQL: the first message customers saw, as the review counts it. */
const CUSTOMER_CHANNEL_LIST = CUSTOMER_CHANNELS.map((channel) => `'${channel}'`).join(', ');
const SUMMARY_COLUMNS = `i.id, i.group_key, i.scope, i.monitor_ids, i.cause, i.phase, i.opened_at, i.updated_at,
  i.resolved_at, i.details, (SELECT COUNT(*) FROM incident_events e WHERE e.incident_id = i.id) AS event_count,
  (SELECT MIN(e.at) FROM incident_events e
    WHERE e.incident_id = i.id AND e.type IN ('message_copied', 'message_sent')
      AND json_extract(e.details, '$.channel') IN (${CUSTOMER_CHANNEL_LIST})) AS first_customer_message_at`;

/**
 * Incidents and their timelines. The timeline is append-only: saving a change updates the incident's
 * row and inserts only the events appended since the last save, so no earlier event is ever rewritten.
 */
export class IncidentRepository {
  private readonly upsert: StatementSync;
  private readonly insertEvent: StatementSync;
  private readonly selectOne: StatementSync;
  private readonly selectOpen: StatementSync;
  private readonly selectRecent: StatementSync;
  private readonly selectRecentOpen: StatementSync;
  private readonly selectEvents: StatementSync;

  constructor(private readonly db: Database) {
    const sql = db.connection;
    this.upsert = sql.prepare(`
      INSERT INTO incidents (id, group_key, scope, monitor_ids, cause, phase, opened_at, updated_at,
                             resolved_at, details)
      VALUES (:id, :groupKey, :scope, :monitorIds, :cause, :phase, :openedAt, :updatedAt, :resolvedAt, :details)
      ON CONFLICT (id) DO UPDATE SET
        group_key = excluded.group_key, scope = excluded.scope, monitor_ids = excluded.monitor_ids,
        cause = excluded.cause, phase = excluded.phase, opened_at = excluded.opened_at,
        updated_at = excluded.updated_at, resolved_at = excluded.resolved_at, details = excluded.details`);
    this.insertEvent = sql.prepare(`
      INSERT INTO incident_events (incident_id, at, type, monitor_id, cause, phase, text, details)
      VALUES (:incidentId, :at, :type, :monitorId, :cause, :phase, :text, :details)`);
    this.selectOne = sql.prepare(`SELECT ${SUMMARY_COLUMNS} FROM incidents i WHERE i.id = ?`);
    this.selectOpen = sql.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM incidents i WHERE i.resolved_at IS NULL ORDER BY i.opened_at, i.id`,
    );
    this.selectRecent = sql.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM incidents i ORDER BY i.opened_at DESC, i.id DESC LIMIT ?`,
    );
    this.selectRecentOpen = sql.prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM incidents i WHERE i.resolved_at IS NULL
       ORDER BY i.opened_at DESC, i.id DESC LIMIT ?`,
    );
    this.selectEvents = sql.prepare(`
      SELECT at, type, monitor_id, cause, phase, text, details
        FROM incident_events WHERE incident_id = ? ORDER BY at, id`);
  }

  /** Saves every change in one transaction: all of them are stored, or (on error) none. */
  saveChanges(changes: readonly IncidentChange[]): void {
    if (changes.length === 0) return;
    this.db.transaction(() => {
      for (const { incident, appended } of changes) {
        this.upsert.run({
          id: incident.id,
          groupKey: incident.groupKey,
          scope: incident.scope,
          monitorIds: JSON.stringify(incident.monitorIds),
          cause: incident.cause,
          phase: incident.phase,
          openedAt: incident.openedAt,
          updatedAt: incident.updatedAt,
          resolvedAt: incident.resolvedAt,
          details: JSON.stringify(incident.details),
        });
        for (const event of appended) {
          this.insertEvent.run({
            incidentId: incident.id,
            at: event.at,
            type: event.type,
            monitorId: event.monitorId ?? null,
            cause: event.cause ?? null,
            phase: event.phase ?? null,
            text: event.text ?? null,
            details: event.details ? JSON.stringify(event.details) : null,
          });
        }
      }
    });
  }

  /** Open incidents with their full timelines, oldest first: what the engine resumes with at start-up. */
  listOpen(): Incident[] {
    return (this.selectOpen.all() as unknown as IncidentRow[]).map((row) => this.withTimeline(row));
  }

  /** Newest first. */
  list(options: IncidentListOptions = {}): IncidentSummary[] {
    const statement = options.includeResolved ? this.selectRecent : this.selectRecentOpen;
    const rows = statement.all(options.limit ?? DEFAULT_LIST_LIMIT) as unknown as IncidentRow[];
    return rows.map(toSummary);
  }

  get(id: string): Incident | null {
    const row = this.selectOne.get(id) as IncidentRow | undefined;
    return row ? this.withTimeline(row) : null;
  }

  private withTimeline(row: IncidentRow): Incident {
    const { eventCount: _eventCount, firstCustomerMessageAt: _first, ...incident } = toSummary(row);
    const events = this.selectEvents.all(row.id) as unknown as EventRow[];
    return { ...incident, timeline: events.map(toEvent) };
  }
}

function toSummary(row: IncidentRow): IncidentSummary {
  return {
    id: row.id,
    groupKey: row.group_key,
    scope: row.scope,
    monitorIds: JSON.parse(row.monitor_ids) as string[],
    cause: row.cause,
    phase: row.phase,
    openedAt: row.opened_at,
    updatedAt: row.updated_at,
    resolvedAt: row.resolved_at,
    details: JSON.parse(row.details) as CheckDetails,
    eventCount: row.event_count,
    firstCustomerMessageAt: row.first_customer_message_at,
  };
}

function toEvent(row: EventRow): IncidentEvent {
  const event: IncidentEvent = { at: row.at, type: row.type };
  if (row.monitor_id !== null) event.monitorId = row.monitor_id;
  if (row.cause !== null) event.cause = row.cause;
  if (row.phase !== null) event.phase = row.phase;
  if (row.text !== null) event.text = row.text;
  if (row.details !== null) event.details = JSON.parse(row.details) as CheckDetails;
  return event;
}
