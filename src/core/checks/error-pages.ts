/**
 * Pages that look like a working site to a status code (they often come with 200) but tell a visitor
 * the site is broken. The list is short and curated on purpose: every phrase is the literal text of a
 * well-known product's error page, and a page only counts when it is small, because real error pages
 * are a few sentences while a shop or blog page that quotes one of these phrases carries far more text.
 */
export const ERROR_PAGE_IDS = [
  'wordpress_database',
  'wordpress_critical',
  'account_suspended',
  'parked_domain',
] as const;
export type ErrorPageId = (typeof ERROR_PAGE_IDS)[number];

/** A page known by the literal phrases of the product that serves it. */
export interface PageSignature<Id extends string> {
  id: Id;
  phrases: readonly RegExp[];
}

export const ERROR_PAGE_SIGNATURES: readonly PageSignature<ErrorPageId>[] = [
  {
    id: 'wordpress_database',
    phrases: [
      /\bError establishing a database connection\b/i,
      /\bFout bij het maken van een databaseverbinding\b/i,
    ],
  },
  {
    id: 'wordpress_critical',
    phrases: [
      /\bThere has been a critical error on (this|your) website\b/i,
      /\bEr is een kritieke fout opgetreden op (deze|je|uw) website\b/i,
      /\bThe site is experiencing technical difficulties\b/i,
    ],
  },
  {
    id: 'account_suspended',
    phrases: [/\bThis Account has been suspended\b/i, /^\s*Account Suspended\b/i, /\bAccount Suspended\s*$/i],
  },
  {
    id: 'parked_domain',
    phrases: [
      /\bThis domain (name )?(is|has been) parked\b/i,
      /\bdomain(?: [\w.-]+){0,3} may be for sale\b/i,
      /\bThis domain (name )?is for sale\b/i,
      /\bdomeinnaam(?: [\w.-]+){0,2} is (gereserveerd|geparkeerd|te koop|geregistreerd (via|bij))\b/i,
    ],
  },
];

/** Longer than any error page in the list; a page with more visible text is a real page. */
export const MAX_ERROR_PAGE_TEXT_CHARS = 3_000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** The text a visitor would read: no scripts, styles, comments or tags, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (entity, name: string) => {
      if (!name.startsWith('#')) return ENTITIES[name.toLowerCase()] ?? entity;
      const codePoint = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A word every phrase above contains, tested on the raw body first so that ordinary pages (nearly all
 * of them) skip the cost of extracting their text. Extend it with every new phrase.
 */
const PHRASE_HINT =
  /database|databaseverbinding|critical error|kritieke fout|technical difficulties|suspended|parked|for sale|domeinnaam/i;

/**
 * The signature a small page matches: `hint` is tried on the raw body first, so ordinary pages skip
 * extracting their text, and a page with more than `maxChars` of visible text is a real page.
 */
export function matchSmallPage<Id extends string>(
  body: string,
  hint: RegExp,
  signatures: readonly PageSignature<Id>[],
  maxChars: number,
): Id | null {
  if (!hint.test(body)) return null;
  const text = visibleText(body);
  if (text === '' || text.length > maxChars) return null;
  const match = signatures.find((signature) => signature.phrases.some((phrase) => phrase.test(text)));
  return match?.id ?? null;
}

/** Names the well-known error page this body is, or null for anything else (including large pages). */
export function detectErrorPage(body: string): ErrorPageId | null {
  return matchSmallPage(body, PHRASE_HINT, ERROR_PAGE_SIGNATURES, MAX_ERROR_PAGE_TEXT_CHARS);
}
