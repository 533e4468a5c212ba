import type { MessageAudience, MessageChannel } from './channels';
import type { MessagePhase, MessageVoice } from './message-types';

/** A message the owner marked as sent during an incident, exactly as it went out. */
export interface MessageLogEntry {
  id: number;
  incidentId: string;
  at: number;
  audience: MessageAudience;
  channel: MessageChannel;
  /** The voice it was written in: `en`, `nl` or `nl_informal`. */
  language: MessageVoice;
  text: string;
}

/** Customers and social media count for the update cadence; the team's chat does not. */
export function isCustomerFacing(entry: Pick<MessageLogEntry, 'audience'>): boolean {
  return entry.audience !== 'team';
}

/**
 * When the next customer update is due: the cadence after the last customer-facing message, or after
 * the incident opened when nothing went out yet (the first notice is the most urgent one).
 */
export function nextUpdateDue(
  openedAt: number,
  entries: readonly Pick<MessageLogEntry, 'audience' | 'at'>[],
  cadenceMinutes: number,
): number {
  const last = entries
    .filter(isCustomerFacing)
    .reduce((latest, entry) => Math.max(latest, entry.at), openedAt);
  return last + cadenceMinutes * 60_000;
}

/** The phase a message is about when it is sent or copied, kept with the timeline event. */
export type MessageEventDetails = { channel: MessageChannel; phase: MessagePhase };
