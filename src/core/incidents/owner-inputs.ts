import type { BookDraft } from './book-draft';
import { resolveIncident, setPhase } from './phases';
import type { IncidentInputError, OwnerInput } from './types';

/** The owner's own steps; an unknown or already resolved incident answers with an error, never a throw. */
export function ownerInput(tx: BookDraft, input: OwnerInput): IncidentInputError | null {
  if (!tx.open.has(input.incidentId)) {
    return { error: tx.resolvedIds.has(input.incidentId) ? 'already_resolved' : 'not_found' };
  }
  switch (input.kind) {
    case 'set_phase':
      if (input.phase === 'resolved') resolveIncident(tx, input.incidentId, input.at);
      else setPhase(tx, input.incidentId, input.phase, input.at);
      break;
    case 'add_event':
      tx.append(input.incidentId, {
        at: input.at,
        type: input.type,
        text: input.text,
        ...(input.details === undefined ? {} : { details: input.details }),
      });
      break;
    case 'resolve':
      resolveIncident(tx, input.incidentId, input.at, input.note === undefined ? {} : { note: input.note });
      break;
  }
  return null;
}
