import type { Locale } from '../locale';

/**
 * Statuspage's phases as the owner's messages follow them: the first notice, the cause known, the fix in
 * place, the periodic "still working on it", resolved; and a notice of planned maintenance.
 */
export const MESSAGE_PHASES = [
  'investigating',
  'identified',
  'monitoring',
  'update',
  'resolved',
  'maintenance',
] as const;
export type MessagePhase = (typeof MESSAGE_PHASES)[number];

export const MESSAGE_TONES = ['calm', 'friendly', 'formal'] as const;
export type MessageTone = (typeof MESSAGE_TONES)[number];

/** The three voices every template is written in: English, Dutch with "u", Dutch with "je". */
export const MESSAGE_VOICES = ['en', 'nl', 'nl_informal'] as const;
export type MessageVoice = (typeof MESSAGE_VOICES)[number];

export function voiceOf(locale: Locale): MessageVoice {
  if (locale.language === 'en') return 'en';
  return locale.formality === 'informal' ? 'nl_informal' : 'nl';
}

/** Facts a message cannot do without: when one is unknown, the text shows a named gap and says so. */
export const REQUIRED_VARIABLES = [
  'businessName',
  'website',
  'service',
  'startTime',
  'cause',
  'resolvedTime',
  'technicalCause',
  'technicalFacts',
] as const;

/** Facts a sentence may carry: when one is unknown, that sentence drops out of the message. */
export const OPTIONAL_VARIABLES = [
  'expectedResolution',
  'followUpdates',
  'nextUpdateTime',
  'workaround',
  'apology',
] as const;

export type RequiredVariable = (typeof REQUIRED_VARIABLES)[number];
export type OptionalVariable = (typeof OPTIONAL_VARIABLES)[number];
export type MessageVariable = RequiredVariable | OptionalVariable;
export const MESSAGE_VARIABLES: readonly MessageVariable[] = [...REQUIRED_VARIABLES, ...OPTIONAL_VARIABLES];

export type MessageVariables = Partial<Record<MessageVariable, string>>;

export function isOptionalVariable(name: string): name is OptionalVariable {
  return (OPTIONAL_VARIABLES as readonly string[]).includes(name);
}

export function isMessageVariable(name: string): name is MessageVariable {
  return (MESSAGE_VARIABLES as readonly string[]).includes(name);
}

/** The `{name}` placeholders of a text, in order of appearance. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
}

/**
 * The type of a text whose placeholders are all known variables. Template data passes through
 * `checkedTexts`, so `{buisnessName}` is a type error, not a gap a customer reads.
 */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

export type CheckedTexts<T> = T extends string
  ? string extends T
    ? T
    : [Exclude<Placeholders<T>, MessageVariable>] extends [never]
      ? T
      : `unknown placeholder in: ${T}`
  : { [K in keyof T]: CheckedTexts<T[K]> };
