import type { Incident, IncidentEvent } from '../../shared/incident';
import type { IncidentBook } from './book';
import type { ChangedIncident, IncidentReduction, NotificationDraft } from './types';

type IncidentPatch = Partial<Omit<Incident, 'id' | 'timeline' | 'updatedAt'>>;

/** One input's working copy of the book: collects changed incidents and notifications, then yields a new book. */
export class BookDraft {
  readonly open: Map<string, Incident>;
  offline: boolean;
  readonly resolvedIds: Set<string>;
  readonly certificateNoticeAt: Map<string, number>;
  readonly notifications: NotificationDraft[] = [];
  private readonly changes = new Map<string, ChangedIncident>();

  constructor(book: IncidentBook) {
    this.open = new Map(book.open);
    this.offline = book.offline;
    this.resolvedIds = new Set(book.resolvedIds);
    this.certificateNoticeAt = new Map(book.certificateNoticeAt);
  }

  /** The incident as it stands now in this input, open or just resolved. */
  current(incidentId: string): Incident {
    const incident = this.open.get(incidentId) ?? this.changes.get(incidentId)?.incident;
    if (!incident) throw new Error(`incident ${incidentId} is not in this book`);
    return incident;
  }

  add(incident: Incident): void {
    this.open.set(incident.id, incident);
    this.changes.set(incident.id, { incident, appended: [] });
  }

  append(incidentId: string, event: IncidentEvent, patch: IncidentPatch = {}): Incident {
    return this.write(incidentId, patch, event);
  }

  patch(incidentId: string, patch: IncidentPatch, at: number): Incident {
    return this.write(incidentId, patch, null, at);
  }

  /** Moves a resolved incident out of the open set; it still appears among the changes. */
  close(incidentId: string): void {
    this.open.delete(incidentId);
    this.resolvedIds.add(incidentId);
  }

  notify(draft: NotificationDraft): void {
    this.notifications.push(draft);
  }

  finish(): IncidentReduction {
    return {
      book: {
        open: this.open,
        offline: this.offline,
        resolvedIds: this.resolvedIds,
        certificateNoticeAt: this.certificateNoticeAt,
      },
      changed: [...this.changes.values()],
      notifications: this.notifications,
    };
  }

  private write(
    incidentId: string,
    patch: IncidentPatch,
    event: IncidentEvent | null,
    at = event?.at,
  ): Incident {
    const before = this.current(incidentId);
    const incident: Incident = {
      ...before,
      ...patch,
      updatedAt: Math.max(before.updatedAt, at ?? before.updatedAt),
      timeline: event ? [...before.timeline, event] : before.timeline,
    };
    if (this.open.has(incidentId)) this.open.set(incidentId, incident);
    const change = this.changes.get(incidentId);
    this.changes.set(incidentId, {
      incident,
      appended: event ? [...(change?.appended ?? []), event] : (change?.appended ?? []),
    });
    return incident;
  }
}
