import type { MessageChannel } from './channels';
import type { MessagePack } from './message-pack';
import type { MessagePhase, MessageTone } from './message-types';
import type { MessageTemplate, TemplateBlock, TemplateSentence } from './render';

/** A friendly post opens with one emoji for the phase; the calm and formal tones use none. */
const FRIENDLY_EMOJI: Record<MessagePhase, string> = {
  investigating: '🛠️',
  identified: '🔧',
  monitoring: '👀',
  update: '⏳',
  resolved: '✅',
  maintenance: '🗓️',
};

const required = (text: string): TemplateSentence => ({ text });
const droppable = (text: string): TemplateSentence => ({ text, droppable: true });
const paragraph = (...sentences: TemplateSentence[]): TemplateBlock => ({ sentences });
const lines = (...sentences: TemplateSentence[]): TemplateBlock => ({ sentences, join: 'lines' });

/** Phases in which the problem is still on: a workaround and the next update only make sense then. */
function isOngoing(phase: MessagePhase): boolean {
  return phase === 'investigating' || phase === 'identified' || phase === 'update';
}

/**
 * Sentences that add something when their fact is known, in the order they go when a text is too long
 * (the last goes first): what to do meanwhile matters most, where to follow the news least.
 */
function extras(pack: MessagePack, phase: MessagePhase, include: { apology: boolean }): TemplateSentence[] {
  const ongoing = isOngoing(phase);
  return [
    ...(ongoing ? [droppable(pack.extras.workaround)] : []),
    ...(ongoing || phase === 'maintenance' ? [droppable(pack.extras.expectedResolution)] : []),
    ...(include.apology ? [droppable(pack.extras.apology)] : []),
    ...(ongoing || phase === 'monitoring' ? [droppable(pack.extras.nextUpdate)] : []),
    droppable(pack.extras.followUpdates),
  ];
}

function withEmoji(emoji: string, text: string): string {
  return emoji === '' ? text : `${emoji} ${text}`;
}

/**
 * The template of one message: the pack's texts for the phase and tone, arranged the way the channel
 * is read. Short networks carry the status and what we do; longer ones add the optional facts; the
 * e-mail and the phone script have their greeting and closing.
 */
export function channelTemplate(
  pack: MessagePack,
  channel: MessageChannel,
  phase: MessagePhase,
  tone: MessageTone,
): MessageTemplate {
  const texts = pack.phases[phase];
  const voice = pack.tones[tone];
  const emoji = tone === 'friendly' ? FRIENDLY_EMOJI[phase] : '';
  const status = required(texts.status);
  const action = required(voice.action[phase]);
  // On the short networks even "we are on it" may go, after every optional fact, before the text is flagged.
  const shortAction = droppable(voice.action[phase]);
  const thanks = droppable(voice.thanks);
  switch (channel) {
    case 'team_chat': {
      const team = pack.team[phase];
      const ongoing = isOngoing(phase);
      return {
        blocks: [
          lines(required(team.headline), required(team.facts)),
          paragraph(required(team.ask), ...(ongoing ? [droppable(pack.extras.nextUpdate)] : [])),
        ],
      };
    }
    case 'email':
      return {
        subject: texts.subject,
        blocks: [
          paragraph(required(voice.greeting)),
          paragraph(status, action),
          paragraph(...extras(pack, phase, { apology: true })),
          paragraph(thanks),
          lines(required(voice.signoff), required('{businessName}')),
        ],
      };
    case 'website_banner': {
      const extra = isOngoing(phase) ? [droppable(pack.extras.workaround)] : [];
      return {
        blocks: [paragraph(required(`${texts.headline}.`), droppable(voice.action[phase]), ...extra)],
      };
    }
    case 'phone_script':
      return {
        blocks: [
          paragraph(
            required(voice.phoneIntro),
            status,
            action,
            ...extras(pack, phase, { apology: true }).filter(
              (sentence) => sentence.text !== pack.extras.followUpdates,
            ),
            thanks,
          ),
        ],
      };
    case 'instagram_story':
      return { blocks: [paragraph(required(withEmoji(emoji, texts.headline)))] };
    case 'x':
      return {
        blocks: [
          paragraph(
            required(withEmoji(emoji, `{businessName}: ${texts.status}`)),
            shortAction,
            ...extras(pack, phase, { apology: false }),
          ),
        ],
      };
    case 'bluesky':
    case 'whatsapp_status':
      return {
        blocks: [
          paragraph(
            required(withEmoji(emoji, texts.status)),
            shortAction,
            ...extras(pack, phase, { apology: false }),
          ),
        ],
      };
    case 'google_business':
    case 'facebook':
    case 'instagram_caption':
    case 'linkedin':
    case 'mastodon':
      return {
        blocks: [
          paragraph(required(withEmoji(emoji, texts.status)), action),
          paragraph(...extras(pack, phase, { apology: true }), thanks),
        ],
      };
  }
}
