import { matchSmallPage, type PageSignature } from './error-pages';

/**
 * Maintenance pages: the site is really unavailable to visitors, but the fix differs from an error (finish
 * or undo the update, remove WordPress's `.maintenance` file, or wait for the announced time).
 *
 * `wordpress` is the page WordPress core serves while `.maintenance` exists; `plugin` the default texts of
 * the common maintenance plugins; `announced` the wording people put on their own maintenance page. Like
 * the error pages, a page only counts when it is small: a shop or blog page that mentions maintenance
 * carries far more text.
 */
export const MAINTENANCE_PAGE_IDS = ['wordpress', 'plugin', 'announced'] as const;
export type MaintenancePageId = (typeof MAINTENANCE_PAGE_IDS)[number];

export const MAINTENANCE_SIGNATURES: readonly PageSignature<MaintenancePageId>[] = [
  {
    id: 'wordpress',
    phrases: [/\bBriefly unavailable for scheduled maintenance\. Check back in a minute\b/i],
  },
  {
    id: 'plugin',
    phrases: [
      // WP Maintenance Mode / LightStart
      /\bSite will be available soon\. Thank you for your patience\b/i,
      // Under Construction (WebFactory)
      /\bWe are doing some work on the site and will be back shortly\b/i,
      // SeedProd and Elementor maintenance templates
      /\bUnder Maintenance\b.{0,200}\b(back|online) (soon|shortly)\b/i,
    ],
  },
  {
    id: 'announced',
    phrases: [
      /\bwe(?:'|’| wi)ll be back (?:up )?(?:soon|shortly)\b/i,
      /\b(?:down|closed) for (?:scheduled )?maintenance\b/i,
      /\b(?:performing|undergoing|doing) (?:some )?(?:scheduled )?maintenance\b/i,
      /\b(?:site|website|shop|store) is (?:currently )?(?:in|under) maintenance\b/i,
      /\bwe zijn (?:zo|snel) (?:weer )?terug\b/i,
      /\b(?:wegens|vanwege|door) (?:gepland |technisch )?onderhoud (?:niet bereikbaar|gesloten|offline)\b/i,
      /\b(?:website|site|webshop|winkel) is (?:tijdelijk )?in onderhoud\b/i,
    ],
  },
];

/** Longer than any maintenance page worth the name; a page with more visible text is a real page. */
export const MAX_MAINTENANCE_PAGE_TEXT_CHARS = 3_000;

/** A word every phrase above contains, so ordinary pages skip extracting their text. Extend with every phrase. */
const PHRASE_HINT = /maintenance|available soon|back shortly|back soon|back up soon|terug|onderhoud/i;

/** Names the kind of maintenance page this body is, or null for anything else (including large pages). */
export function detectMaintenancePage(body: string): MaintenancePageId | null {
  return matchSmallPage(body, PHRASE_HINT, MAINTENANCE_SIGNATURES, MAX_MAINTENANCE_PAGE_TEXT_CHARS);
}
