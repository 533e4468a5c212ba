import type { StatementSync } from 'node:sqlite';
import type { Database } from './database';

/** A message the owner copied or sent during an incident, kept for the Learn step's review. */
export interface MessageLogEntry {
  id: number;
  incidentId: string;
  at: number;
  /** Who it was for, e.g. `team`, `customers`, `social`. */
  audience: string;
  /** How it went out, e.g. `clipboard`, `email`. */
  channel: string;
  language: string;
  text: string;
}

export type NewMessageLogEntry = Omit<MessageLogEntry, 'id'>;

interface MessageLogRow {
  id: number;
  incident_id: string;
  at: number;
  audience: string;
  channel: string;
  language: string;
  text: string;
}

export class MessageLogRepository {
  private readonly insert: StatementSync;
  private readonly selectByIncident: StatementSync;

  constructor(db: Database) {
    this.insert = db.connection.prepare(`
      INSERT INTO message_log (incident_id, at, audience, channel, language, text)
      VALUES (:incidentId, :at, :audience, :channel, :language, :text)`);
    this.selectByIncident = db.connection.prepare(`
      SELECT id, incident_id, at, audience, channel, language, text
        FROM message_log WHERE incident_id = ? ORDER BY at, id`);
  }

  /** Throws when the incident does not exist (the log belongs to an incident). */
  append(entry: NewMessageLogEntry): MessageLogEntry {
    const { incidentId, at, audience, channel, language, text } = entry;
    const { lastInsertRowid } = this.insert.run({ incidentId, at, audience, channel, language, text });
    return { id: Number(lastInsertRowid), incidentId, at, audience, channel, language, text };
  }

  listByIncident(incidentId: string): MessageLogEntry[] {
    return (this.selectByIncident.all(incidentId) as unknown as MessageLogRow[]).map((row) => ({
      id: row.id,
      incidentId: row.incident_id,
      at: row.at,
      audience: row.audience,
      channel: row.channel,
      language: row.language,
      text: row.text,
    }));
  }
}
