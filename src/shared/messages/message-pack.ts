import type { CauseGroup } from './public-descriptions';
import type { CheckedTexts, MessagePhase, MessageTone, MessageVariable } from './message-types';

/** What one phase says, whatever the tone. `{service}` reads as a noun phrase: "our web shop". */
export interface PhaseTexts {
  /** What is going on, one sentence, with the service, the site and the time. */
  status: string;
  /** A headline for a banner or a story line, a few words. */
  headline: string;
  /** The e-mail's subject line. */
  subject: string;
}

/** What changes with the tone: how we speak, greet and close. */
export interface ToneTexts {
  /** What we are doing about it, per phase. */
  action: Record<MessagePhase, string>;
  greeting: string;
  signoff: string;
  phoneIntro: string;
  thanks: string;
}

/** Sentences around an optional fact; each drops out when its fact is unknown. */
export interface ExtraTexts {
  workaround: string;
  expectedResolution: string;
  apology: string;
  nextUpdate: string;
  followUpdates: string;
}

/** The team's chat message carries the technical facts, so whoever helps knows what is going on. */
export interface TeamTexts {
  headline: string;
  facts: string;
  ask: string;
}

/** Every text of the messages in one voice. */
export interface MessagePack {
  phases: Record<MessagePhase, PhaseTexts>;
  tones: Record<MessageTone, ToneTexts>;
  extras: ExtraTexts;
  team: Record<MessagePhase, TeamTexts>;
  /** What a gap in the text says when a required fact is unknown. */
  gaps: Record<MessageVariable, string>;
  /** The affected service when the owner gave no public name for it. */
  serviceFallback: string;
  /** What customers read as the cause, by cause group; the owner can change each. */
  causes: Record<CauseGroup, string>;
}

/** Texts pass through here so a placeholder that is not a known variable fails the type check. */
export function checkedPack<const P extends MessagePack>(pack: P & CheckedTexts<P>): MessagePack {
  return pack;
}

/** Informal Dutch changes only what speaks to the reader with "u"; the rest is the formal text. */
export function checkedOverrides<const P extends DeepPartialPack>(
  overrides: P & CheckedTexts<P>,
): DeepPartialPack {
  return overrides;
}

export type DeepPartialPack = DeepPartial<MessagePack>;
type DeepPartial<T> = T extends string ? T : { [K in keyof T]?: DeepPartial<T[K]> };
