import type { Incident, IncidentPhase } from '../incident';
import type { Locale } from '../locale';
import type { Monitor } from '../monitor';
import type { Settings } from '../settings';
import type { MessageChannel } from './channels';
import { composeMessage } from './compose';
import { messageFacts } from './message-facts';
import type { MessagePhase, MessageTone } from './message-types';
import { voiceOf } from './message-types';
import { messagePackFor } from './packs';
import type { RenderedMessage } from './render';

/** The message phase that fits where the incident is: a first notice until the cause is known, and so on. */
export function messagePhaseFor(phase: IncidentPhase, sentBefore: boolean): MessagePhase {
  switch (phase) {
    case 'detected':
    case 'investigating':
      return sentBefore ? 'update' : 'investigating';
    case 'identified':
    case 'monitoring':
    case 'resolved':
      return phase;
  }
}

export interface IncidentMessageRequest {
  incident: Pick<Incident, 'openedAt' | 'resolvedAt' | 'cause' | 'details' | 'monitorIds'>;
  monitors: readonly Monitor[];
  settings: Pick<Settings, 'business' | 'messages'>;
  locale: Locale;
  now: number;
  channel: MessageChannel;
  phase: MessagePhase;
  tone: MessageTone;
  expectedResolution?: string;
}

/** One message for an incident, filled in from the incident, its monitors and the business profile. */
export function incidentMessage(request: IncidentMessageRequest): RenderedMessage {
  const voice = voiceOf(request.locale);
  const variables = messageFacts({ ...request, pack: messagePackFor(voice) });
  return composeMessage({
    channel: request.channel,
    phase: request.phase,
    tone: request.tone,
    voice,
    variables,
    overrides: request.settings.messages.templates,
  });
}
