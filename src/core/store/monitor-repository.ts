import { randomUUID } from 'node:crypto';
import type { StatementSync } from 'node:sqlite';
import type { Monitor, MonitorInput } from '../../shared/monitor';
import type { Clock } from '../clock';
import { systemClock } from '../clock';
import type { Database } from './database';

interface MonitorRow {
  id: string;
  name: string;
  target: string;
  options: string;
  enabled: number;
  created_at: number;
  position: number;
}

/** Everything of a MonitorInput that has no column of its own. */
type MonitorOptions = Omit<MonitorInput, 'name' | 'target' | 'enabled'>;

export interface MonitorSyncReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
}

const COLUMNS = 'id, name, target, options, enabled, created_at, position';

export class MonitorRepository {
  private readonly selectAll: StatementSync;
  private readonly selectOne: StatementSync;
  private readonly insert: StatementSync;
  private readonly updateRow: StatementSync;
  private readonly deleteRow: StatementSync;
  private readonly nextPosition: StatementSync;

  constructor(
    private readonly db: Database,
    private readonly clock: Pick<Clock, 'now'> = systemClock,
  ) {
    const sql = db.connection;
    this.selectAll = sql.prepare(`SELECT ${COLUMNS} FROM monitors ORDER BY position, created_at, seq`);
    this.selectOne = sql.prepare(`SELECT ${COLUMNS} FROM monitors WHERE id = ?`);
    this.insert = sql.prepare(
      `INSERT INTO monitors (${COLUMNS}) VALUES (:id, :name, :target, :options, :enabled, :createdAt, :position)`,
    );
    this.updateRow = sql.prepare(
      `UPDATE monitors SET name = :name, target = :target, options = :options, enabled = :enabled,
       position = :position WHERE id = :id`,
    );
    this.deleteRow = sql.prepare('DELETE FROM monitors WHERE id = ?');
    this.nextPosition = sql.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS position FROM monitors');
  }

  list(): Monitor[] {
    return (this.selectAll.all() as unknown as MonitorRow[]).map(toMonitor);
  }

  get(id: string): Monitor | null {
    const row = this.selectOne.get(id) as MonitorRow | undefined;
    return row ? toMonitor(row) : null;
  }

  create(input: MonitorInput): Monitor {
    return this.db.transaction(() => {
      const { position } = this.nextPosition.get() as { position: number };
      return this.insertMonitor(input, position);
    });
  }

  /** Applies the given fields; a field given as `undefined` is cleared. Null when the id is unknown. */
  update(id: string, changes: Partial<MonitorInput>): Monitor | null {
    return this.db.transaction(() => {
      const row = this.selectOne.get(id) as MonitorRow | undefined;
      if (!row) return null;
      const merged = { ...toInput(toMonitor(row)), ...changes } as MonitorInput;
      this.writeInput(id, merged, row.position);
      return this.get(id);
    });
  }

  /** Deletes the monitor and, by cascade, its results and rollups. Incidents keep their history. */
  delete(id: string): boolean {
    return Number(this.deleteRow.run(id).changes) > 0;
  }

  /**
   * Makes the stored monitors match a config file, matched by name (the n-th monitor of a name pairs
   * with the n-th entry of that name). A monitor that stays keeps its id, creation time and history;
   * its settings are replaced by the entry's. Monitors absent from the file are deleted; the order of
   * the file becomes the display order.
   */
  syncFromConfig(inputs: readonly MonitorInput[]): MonitorSyncReport {
    return this.db.transaction(() => {
      const report: MonitorSyncReport = { created: [], updated: [], unchanged: [], removed: [] };
      const byName = new Map<string, Monitor[]>();
      for (const monitor of this.list()) {
        byName.set(monitor.name, [...(byName.get(monitor.name) ?? []), monitor]);
      }
      inputs.forEach((input, position) => {
        const existing = byName.get(input.name)?.shift();
        if (!existing) {
          report.created.push(this.insertMonitor(input, position).id);
          return;
        }
        const before = JSON.stringify(canonical(toInput(existing)));
        this.writeInput(existing.id, input, position);
        const unchanged = before === JSON.stringify(canonical(input));
        (unchanged ? report.unchanged : report.updated).push(existing.id);
      });
      for (const leftover of [...byName.values()].flat()) {
        this.deleteRow.run(leftover.id);
        report.removed.push(leftover.id);
      }
      return report;
    });
  }

  private insertMonitor(input: MonitorInput, position: number): Monitor {
    const id = randomUUID();
    this.insert.run({ ...inputColumns(input), id, createdAt: this.clock.now(), position });
    const created = this.get(id);
    if (!created) throw new Error(`monitor ${id} vanished right after insert`);
    return created;
  }

  private writeInput(id: string, input: MonitorInput, position: number): void {
    this.updateRow.run({ ...inputColumns(input), id, position });
  }
}

function inputColumns(input: MonitorInput): {
  name: string;
  target: string;
  options: string;
  enabled: number;
} {
  const { name, target, enabled, ...options } = input;
  return {
    name,
    target,
    options: JSON.stringify(withoutUndefined(options)),
    enabled: enabled === false ? 0 : 1,
  };
}

function toMonitor(row: MonitorRow): Monitor {
  const options = JSON.parse(row.options) as MonitorOptions;
  return {
    ...options,
    id: row.id,
    name: row.name,
    target: row.target,
    enabled: row.enabled === 1,
    createdAt: row.created_at,
  };
}

function toInput(monitor: Monitor): MonitorInput {
  const { id: _id, createdAt: _createdAt, ...input } = monitor;
  return input;
}

/** Key order and absent-vs-default noise removed, so two inputs compare by meaning. */
function canonical(input: MonitorInput): Record<string, unknown> {
  const plain = withoutUndefined({ ...input, enabled: input.enabled !== false });
  return Object.fromEntries(Object.entries(plain).sort(([a], [b]) => a.localeCompare(b)));
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
