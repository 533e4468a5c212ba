import type { LengthRule } from './channels';

/** X and Mastodon count every link as this many characters, however long it is (t.co's length). */
export const LINK_LENGTH = 23;

/**
 * What X and Mastodon take for a link: anything with a scheme, or a domain name with a well-formed
 * ending such as `shop.example.nl/bestel`. Sentence-ending punctuation after a link is not part of it.
 */
const LINK =
  /\bhttps?:\/\/[^\s<>"]+[^\s<>".,:;!?)\]']|\bhttps?:\/\/[^\s<>".,:;!?)\]']+|\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,24}(?:\/[^\s<>"]*[^\s<>".,:;!?)\]'])?(?![\w@])/giu;

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

/**
 * X's ranges that count as one (twitter-text configuration v3): Latin and most European scripts, and
 * common punctuation; every other character counts two.
 */
const X_LIGHT_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

function xWeight(grapheme: string): number {
  // An emoji counts two however many code points build it (a family, a flag, a skin tone).
  if (EMOJI.test(grapheme)) return 2;
  let weight = 0;
  for (const character of grapheme) {
    const code = character.codePointAt(0) ?? 0;
    weight += X_LIGHT_RANGES.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
  }
  return weight;
}

/** The links in a text, as X and Mastodon find them. */
export function findLinks(text: string): string[] {
  return text.match(LINK) ?? [];
}

/** The length of a text the way the channel's network counts it. */
export function countLength(text: string, rule: LengthRule): number {
  const normalized = text.normalize('NFC');
  if (rule === 'graphemes') return graphemes(normalized).length;
  let links = 0;
  const rest = normalized.replace(LINK, () => {
    links += 1;
    return '';
  });
  const parts = graphemes(rest);
  const counted = rule === 'x_weighted' ? parts.reduce((sum, part) => sum + xWeight(part), 0) : parts.length;
  return counted + links * LINK_LENGTH;
}
