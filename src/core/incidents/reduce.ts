import type { IncidentBook } from './book';
import { BookDraft } from './book-draft';
import { backOnline, goneOffline } from './connectivity-inputs';
import {
  monitorCauseChanged,
  monitorDegraded,
  monitorDown,
  monitorRemoved,
  monitorUp,
} from './monitor-inputs';
import { ownerInput } from './owner-inputs';
import { applyTimeRules } from './time-rules';
import type { IncidentContext, IncidentInput, IncidentInputError, IncidentReduction } from './types';

/**
 * The incident lifecycle as a pure function: the book before, one input, the book after plus what
 * changed and what to tell the owner. It never reads a clock, never throws for owner mistakes, and never
 * mutates the book it is given.
 *
 * Lifecycle: an incident opens in `detected`; the owner moves it to `investigating` (recovery guide
 * opened) and on; the engine moves it to `identified` when its diagnosis turns from unknown to specific;
 * when all its monitors work again it enters `monitoring` (and the owner hears it is back); ten minutes
 * later without a new failure it resolves. A failure inside those ten minutes is a flap of the same
 * incident; after resolution a failure opens a new one.
 */
export function reduceIncidents(
  book: IncidentBook,
  input: IncidentInput,
  ctx: IncidentContext,
): IncidentReduction | IncidentInputError {
  const tx = new BookDraft(book);
  const snoozed = 'duringSnooze' in input && input.duringSnooze === true;
  applyTimeRules(tx, input.at, snoozed);
  switch (input.kind) {
    case 'monitor_down':
      monitorDown(tx, ctx, input);
      break;
    case 'monitor_up':
      monitorUp(tx, input);
      break;
    case 'monitor_cause_changed':
      monitorCauseChanged(tx, input);
      break;
    case 'monitor_degraded':
      monitorDegraded(tx, input);
      break;
    case 'monitor_removed':
      monitorRemoved(tx, input);
      break;
    case 'offline':
      goneOffline(tx, ctx, input.at, snoozed);
      break;
    case 'online':
      backOnline(tx, input.at, snoozed);
      break;
    case 'tick':
      break;
    case 'set_phase':
    case 'add_event':
    case 'resolve': {
      const error = ownerInput(tx, input);
      if (error) return error;
      break;
    }
  }
  return tx.finish();
}

export function isIncidentInputError(
  result: IncidentReduction | IncidentInputError,
): result is IncidentInputError {
  return 'error' in result;
}
