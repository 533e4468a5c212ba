import type { MessagePack } from './message-pack';
import type { MessageVoice } from './message-types';
import { messagesEn } from './messages-en';
import { messagesNl } from './messages-nl';
import { messagesNlInformal } from './messages-nl-informal';

function mergeDeep<T>(base: T, override: unknown): T {
  if (typeof base !== 'object' || base === null) return (override ?? base) as T;
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries((override ?? {}) as Record<string, unknown>)) {
    if (value !== undefined) merged[key] = mergeDeep((base as Record<string, unknown>)[key], value);
  }
  return merged as T;
}

const PACKS: Record<MessageVoice, MessagePack> = {
  en: messagesEn,
  nl: messagesNl,
  nl_informal: mergeDeep(messagesNl, messagesNlInformal),
};

export function messagePackFor(voice: MessageVoice): MessagePack {
  return PACKS[voice];
}
