import type { ChannelLimit } from './channels';
import { countLength } from './length';
import type { MessageVariable, MessageVariables } from './message-types';
import { isMessageVariable, isOptionalVariable, placeholdersOf } from './message-types';

/** One sentence of a template; a `droppable` one is the first to go when the text is too long. */
export interface TemplateSentence {
  text: string;
  droppable?: boolean;
}

/** Sentences shown together: joined by a space in a paragraph, by a line break in a `lines` block. */
export interface TemplateBlock {
  sentences: TemplateSentence[];
  join?: 'paragraph' | 'lines';
}

export interface MessageTemplate {
  subject?: string;
  blocks: TemplateBlock[];
}

export interface RenderedMessage {
  subject: string | null;
  text: string;
  length: number;
  limit: number;
  overLimit: boolean;
  /** Required facts nobody filled in; the text shows each as a named gap like `[your business name]`. */
  missing: MessageVariable[];
  /** How many droppable sentences were left out to fit the limit. */
  shortenedBy: number;
}

export interface RenderOptions {
  variables: MessageVariables;
  limit: ChannelLimit;
  /** What a gap says, per variable, in the message's language: `your business name`. */
  gapLabels: Record<MessageVariable, string>;
}

/**
 * Control characters, line breaks and bidirectional overrides in a filled-in value could reshape a
 * message (a name that starts a new line, text that reads backwards); a value is one plain line.
 */
export function plainValue(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

function cleanVariables(variables: MessageVariables): MessageVariables {
  const cleaned: MessageVariables = {};
  for (const [name, value] of Object.entries(variables) as [MessageVariable, string | undefined][]) {
    const plain = value === undefined ? '' : plainValue(value);
    if (plain !== '') cleaned[name] = plain;
  }
  return cleaned;
}

/** A sentence that names an optional fact nobody gave has nothing to say, so it is left out. */
function hasItsOptionalFacts(sentence: TemplateSentence, variables: MessageVariables): boolean {
  return placeholdersOf(sentence.text).every(
    (name) => !isOptionalVariable(name) || variables[name] !== undefined,
  );
}

/**
 * Fills placeholders in one pass, so a value that itself contains `{name}` stays as the owner typed it
 * and is never filled in again.
 */
function fill(
  text: string,
  variables: MessageVariables,
  options: RenderOptions,
  missing: Set<MessageVariable>,
) {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!isMessageVariable(name)) return placeholder;
    const value = variables[name];
    if (value !== undefined) return value;
    missing.add(name);
    return `[${options.gapLabels[name]}]`;
  });
}

/** "our web shop works again" opens a sentence, so it starts with a capital; the owner's own names stay as typed. */
function capitalizeOpening(template: string, filled: string): string {
  return /^[^\p{L}{]*\{service\}/u.test(template)
    ? filled.replace(/\p{L}/u, (letter) => letter.toUpperCase())
    : filled;
}

interface Candidate {
  block: number;
  sentence: number;
}

function assemble(
  template: MessageTemplate,
  keep: (candidate: Candidate) => boolean,
  fillText: (text: string) => string,
) {
  return template.blocks
    .map((block, blockIndex) => {
      const kept = block.sentences
        .filter((_, sentenceIndex) => keep({ block: blockIndex, sentence: sentenceIndex }))
        .map((sentence) => capitalizeOpening(sentence.text, fillText(sentence.text)))
        .filter((text) => text !== '');
      return kept.join(block.join === 'lines' ? '\n' : ' ');
    })
    .filter((text) => text !== '')
    .join('\n\n');
}

/**
 * A template filled in with the facts. Pure: the window, notifications and tests get the same text.
 * When the text is longer than the channel takes, droppable sentences go, last first; a text still too
 * long is flagged, never cut, so no word is ever broken off.
 */
export function renderMessage(template: MessageTemplate, options: RenderOptions): RenderedMessage {
  const variables = cleanVariables(options.variables);
  const present = (candidate: Candidate) => {
    const sentence = template.blocks[candidate.block]?.sentences[candidate.sentence];
    return sentence !== undefined && hasItsOptionalFacts(sentence, variables);
  };
  const droppable: Candidate[] = template.blocks.flatMap((block, blockIndex) =>
    block.sentences.flatMap((sentence, sentenceIndex) =>
      sentence.droppable ? [{ block: blockIndex, sentence: sentenceIndex }] : [],
    ),
  );
  const dropped = new Set<string>();
  const keyOf = (candidate: Candidate) => `${candidate.block}:${candidate.sentence}`;
  const keep = (candidate: Candidate) => present(candidate) && !dropped.has(keyOf(candidate));

  const render = () => {
    const missing = new Set<MessageVariable>();
    const fillText = (text: string) => fill(text, variables, options, missing);
    const text = assemble(template, keep, fillText);
    const subject =
      template.subject === undefined ? null : capitalizeOpening(template.subject, fillText(template.subject));
    return { text, subject, missing, length: countLength(text, options.limit.rule) };
  };

  let result = render();
  const removable = droppable.filter(present).reverse();
  for (const candidate of removable) {
    if (result.length <= options.limit.max) break;
    dropped.add(keyOf(candidate));
    result = render();
  }
  return {
    subject: result.subject,
    text: result.text,
    length: result.length,
    limit: options.limit.max,
    overLimit: result.length > options.limit.max,
    missing: [...result.missing],
    shortenedBy: dropped.size,
  };
}
