import type { StatementSync } from 'node:sqlite';
import type { MessageLogEntry } from '../../shared/messages/message-log';
import type { Database } from './database';

export type { MessageLogEntry };

export type NewMessageLogEntry = Omit<MessageLogEntry, 'id'>;

interface MessageLogRow {
  id: number;
  incident_id: string;
  at: number;
  audience: MessageLogEntry['audience'];
  channel: MessageLogEntry['channel'];
  language: MessageLogEntry['language'];
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
