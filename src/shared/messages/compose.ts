import type { MessageChannel } from './channels';
import { CHANNEL_LIMITS } from './channels';
import { channelTemplate } from './channel-templates';
import type { TemplateOverride } from './message-settings';
import type { MessagePhase, MessageTone, MessageVariables, MessageVoice } from './message-types';
import { messagePackFor } from './packs';
import type { MessageTemplate, RenderedMessage } from './render';
import { renderMessage } from './render';

/**
 * The owner's wording as a template: a blank line starts a paragraph, every other line is a sentence of
 * its own, so a line about a fact nobody gave (no workaround today) drops out as in Back Online's own.
 */
export function overrideTemplate(override: Pick<TemplateOverride, 'subject' | 'text'>): MessageTemplate {
  const blocks = override.text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => ({
      sentences: paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((text) => ({ text })),
      join: 'lines' as const,
    }))
    .filter((block) => block.sentences.length > 0);
  return override.subject === undefined ? { blocks } : { subject: override.subject, blocks };
}

export interface ComposeRequest {
  channel: MessageChannel;
  phase: MessagePhase;
  tone: MessageTone;
  voice: MessageVoice;
  variables: MessageVariables;
  /** The owner's saved wordings; the one for this channel, phase and voice wins over the default. */
  overrides?: readonly TemplateOverride[];
}

export function findOverride(
  overrides: readonly TemplateOverride[] | undefined,
  request: Pick<ComposeRequest, 'channel' | 'phase' | 'voice'>,
): TemplateOverride | undefined {
  return overrides?.find(
    (entry) =>
      entry.channel === request.channel && entry.phase === request.phase && entry.voice === request.voice,
  );
}

/** One message, ready to copy: Back Online's template or the owner's, filled in and fitted to the channel. */
export function composeMessage(request: ComposeRequest): RenderedMessage {
  const pack = messagePackFor(request.voice);
  const override = findOverride(request.overrides, request);
  const template = override
    ? overrideTemplate(override)
    : channelTemplate(pack, request.channel, request.phase, request.tone);
  return renderMessage(template, {
    variables: request.variables,
    limit: CHANNEL_LIMITS[request.channel],
    gapLabels: pack.gaps,
  });
}
