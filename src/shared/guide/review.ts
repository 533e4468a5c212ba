import type { CauseCode } from '../cause-codes';
import type { CheckDetails } from '../check-result';
import type { Incident, IncidentEvent } from '../incident';
import type { MessageAudience, MessageChannel } from '../messages/channels';
import { CHANNEL_AUDIENCE, MESSAGE_CHANNELS } from '../messages/channels';
import type { FixOutcome } from './guide-progress';
import type { TriedAction } from './incident-facts';
import { triedActions } from './incident-facts';
import { readGuideEvent } from './guide-events';

/** Audiences whose messages reach customers (a post on social media reaches them as well). */
const CUSTOMER_AUDIENCES = new Set<MessageAudience>(['customers', 'social']);

/** The channels whose messages reach customers, for a store that finds the first one without the timeline. */
export const CUSTOMER_CHANNELS: readonly MessageChannel[] = MESSAGE_CHANNELS.filter((channel) =>
  CUSTOMER_AUDIENCES.has(CHANNEL_AUDIENCE[channel]),
);

/** Message events name the channel they went out on (see the messages' MessageDesk). */
function audienceOf(event: IncidentEvent): MessageAudience | null {
  const channel = event.details?.channel;
  return typeof channel === 'string' && Object.hasOwn(CHANNEL_AUDIENCE, channel)
    ? CHANNEL_AUDIENCE[channel as MessageChannel]
    : null;
}

/** A message copied or sent to customers or on social media; team messages do not count. */
function reachedCustomers(event: IncidentEvent): boolean {
  if (event.type !== 'message_copied' && event.type !== 'message_sent') return false;
  const audience = audienceOf(event);
  return audience !== null && CUSTOMER_AUDIENCES.has(audience);
}

/** When customers first heard about the incident, from its timeline; null while they have not. */
export function firstCustomerMessageAt(timeline: readonly IncidentEvent[]): number | null {
  return timeline.find(reachedCustomers)?.at ?? null;
}

export interface ReviewFix extends TriedAction {
  /** For a fix step of the guide: whether it worked; for a restart: whether the re-check passed. */
  outcome: FixOutcome | null;
}

/** The Learn step's review as far as the timeline tells it; the owner's answers come on top. */
export interface ReviewFacts {
  cause: CauseCode;
  details: CheckDetails;
  monitorIds: string[];
  detectedAt: number;
  firstMessageAt: number | null;
  /** The first message to customers or on social media; team messages do not count. */
  firstCustomerMessageAt: number | null;
  fixesTried: ReviewFix[];
  /** The first "check everything now" after which all of the incident's monitors worked. */
  verifiedAt: number | null;
  resolvedAt: number | null;
  totalMs: number | null;
  timeToFirstCustomerMessageMs: number | null;
}

function fixOutcome(action: TriedAction): FixOutcome | null {
  if (action.facts?.guideAction === 'fix') return action.facts.outcome;
  if (action.facts?.guideAction === 'restart') return action.facts.recovered ? 'worked' : 'did_not_work';
  return null;
}

/** Fills the review from the incident's own timeline. */
export function reviewFacts(
  incident: Pick<Incident, 'cause' | 'details' | 'monitorIds' | 'openedAt' | 'resolvedAt' | 'timeline'>,
): ReviewFacts {
  const messages = incident.timeline.filter(
    (event) => event.type === 'message_copied' || event.type === 'message_sent',
  );
  const customerMessage = messages.find(reachedCustomers);
  const verified = incident.timeline.find((event) => {
    const facts = readGuideEvent(event);
    return facts?.guideAction === 'verify' && facts.failed === 0 && facts.passed > 0;
  });
  const detectedAt = incident.timeline.find((event) => event.type === 'detected')?.at ?? incident.openedAt;
  const firstCustomerMessageAt = customerMessage?.at ?? null;
  return {
    cause: incident.cause,
    details: incident.details,
    monitorIds: incident.monitorIds,
    detectedAt,
    firstMessageAt: messages[0]?.at ?? null,
    firstCustomerMessageAt,
    fixesTried: triedActions(incident).map((action) => ({ ...action, outcome: fixOutcome(action) })),
    verifiedAt: verified?.at ?? null,
    resolvedAt: incident.resolvedAt,
    totalMs: incident.resolvedAt === null ? null : incident.resolvedAt - detectedAt,
    timeToFirstCustomerMessageMs:
      firstCustomerMessageAt === null ? null : firstCustomerMessageAt - detectedAt,
  };
}
