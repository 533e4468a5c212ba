import type { MessageAudience, MessageChannel } from '../messages/channels';
import type { MessagePhase, MessageTone } from '../messages/message-types';
import type { ShareNetwork } from '../messages/share-intents';
import type { CatalogSet } from './interpolate';
import { composerEn } from './composer-en';
import { composerNl } from './composer-nl';
import { composerNlInformal } from './composer-nl-informal';

/** The message composer of the guide's second step, its update reminder and the tray item. */
export interface ComposerTexts {
  heading: string;
  intro: string;
  audienceLabel: string;
  audiences: Record<MessageAudience, string>;
  channelLabel: string;
  channels: Record<MessageChannel, string>;
  /** What one message is called in "Copy {what}": "X post", "e-mail". */
  messageNames: Record<MessageChannel, string>;
  phaseLabel: string;
  phases: Record<MessagePhase, string>;
  toneLabel: string;
  tones: Record<MessageTone, string>;
  networks: Record<ShareNetwork, string>;
  subjectLabel: string;
  textLabel: string;
  textHint: string;
  expectedLabel: string;
  expectedHint: string;
  counter: string;
  counterOver: string;
  shortened: string;
  missing: string;
  missingNext: string;
  copy: string;
  copied: string;
  copyFailed: string;
  open: string;
  openAfterCopy: string;
  noIntent: string;
  markSent: string;
  markedSent: string;
  /** When the app could not note it: the message itself is unharmed. */
  markSentFailed: string;
  sentHeading: string;
  sentNone: string;
  sentLine: string;
  nextUpdate: string;
  saveOwn: string;
  savedOwn: string;
  resetOwn: string;
  ownInUse: string;
  updateDue: { title: string; body: string; bodyFirst: string };
  resolvedOffer: { title: string; body: string };
  notification: { title: string };
  trayItem: string;
  writeUpdate: string;
}

export const composerTexts: CatalogSet<ComposerTexts> = {
  en: composerEn,
  nl: composerNl,
  nlInformal: composerNlInformal,
};
