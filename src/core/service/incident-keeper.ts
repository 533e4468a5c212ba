import type { Incident, IncidentEvent, IncidentSummary } from '../../shared/incident';
import type { NotificationDraft, IncidentBook, IncidentInput, IncidentInputError } from '../incidents';
import { isIncidentInputError, openIncidents, reduceIncidents, rehydrate, summarize } from '../incidents';
import type { IncidentChange, IncidentRepository } from '../store/incident-repository';

export interface IncidentKeeperDeps {
  repository: IncidentRepository;
  newId: () => string;
  onNotification: (draft: NotificationDraft) => void;
  onEvent: (incidentId: string, event: IncidentEvent) => void;
  onError: (error: unknown) => void;
}

/**
 * Owns the book of open incidents: every input goes through the pure reducer and every change is
 * written to the database before anyone is told, so an incident the owner was notified about is on disk.
 * A write that fails (disk full, locked) is kept and retried with the next input, never dropped.
 */
export class IncidentKeeper {
  private book: IncidentBook;
  private unsaved: IncidentChange[] = [];

  constructor(private readonly deps: IncidentKeeperDeps) {
    this.book = rehydrate(deps.repository.listOpen());
  }

  apply(input: IncidentInput): { changed: Incident[] } | IncidentInputError {
    const reduction = reduceIncidents(this.book, input, { newId: this.deps.newId });
    if (isIncidentInputError(reduction)) return reduction;
    this.book = reduction.book;
    this.persist(reduction.changed);
    for (const { incident, appended } of reduction.changed) {
      for (const event of appended) this.deps.onEvent(incident.id, event);
    }
    for (const draft of reduction.notifications) this.deps.onNotification(draft);
    return { changed: reduction.changed.map((change) => change.incident) };
  }

  open(): Incident[] {
    return openIncidents(this.book);
  }

  openSummaries(): IncidentSummary[] {
    return this.open().map(summarize);
  }

  /** Retries changes whose write failed, so a read from the database sees them. */
  flush(): void {
    this.persist([]);
  }

  private persist(changes: readonly IncidentChange[]): void {
    const batch = [...this.unsaved, ...changes];
    if (batch.length === 0) return;
    try {
      this.deps.repository.saveChanges(batch);
      this.unsaved = [];
    } catch (error) {
      this.unsaved = batch;
      this.deps.onError(error);
    }
  }
}
