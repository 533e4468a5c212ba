import { describe, expect, it } from 'vitest';
import {
  BLOG_ABOUT_DATABASE_ERROR_PAGE,
  CPANEL_SUSPENDED_PAGE,
  DUTCH_REGISTRAR_PLACEHOLDER_PAGE,
  PARKED_DOMAIN_PAGE,
  SHOP_PAGE,
  SHORT_SHOP_PAGE,
  WORDPRESS_CRITICAL_ERROR_PAGE,
  WORDPRESS_CRITICAL_ERROR_PAGE_NL,
  WORDPRESS_DATABASE_ERROR_PAGE,
} from '../../../test/fixtures/error-page-samples';
import {
  detectErrorPage,
  ERROR_PAGE_IDS,
  ERROR_PAGE_SIGNATURES,
  type ErrorPageId,
  MAX_ERROR_PAGE_TEXT_CHARS,
  visibleText,
} from './error-pages';

const POSITIVE_SAMPLES: [string, string, ErrorPageId][] = [
  ['WordPress database error', WORDPRESS_DATABASE_ERROR_PAGE, 'wordpress_database'],
  ['WordPress database error, bare text', 'Error establishing a database connection', 'wordpress_database'],
  [
    'WordPress database error in Dutch',
    '<h1>Fout bij het maken van een databaseverbinding</h1>',
    'wordpress_database',
  ],
  ['WordPress critical error', WORDPRESS_CRITICAL_ERROR_PAGE, 'wordpress_critical'],
  ['WordPress critical error in Dutch', WORDPRESS_CRITICAL_ERROR_PAGE_NL, 'wordpress_critical'],
  [
    'WordPress 5.2 critical error',
    '<p>The site is experiencing technical difficulties.</p>',
    'wordpress_critical',
  ],
  ['cPanel suspended page', CPANEL_SUSPENDED_PAGE, 'account_suspended'],
  [
    'suspended page with only a title',
    '<title>Account Suspended</title><p>Please contact billing.</p>',
    'account_suspended',
  ],
  ['parked domain', PARKED_DOMAIN_PAGE, 'parked_domain'],
  ['domain for sale', '<p>The domain voorbeeld.nl may be for sale.</p>', 'parked_domain'],
  ['suspended page ending in the phrase', '<h1>Hosting</h1><p>Account Suspended</p>', 'account_suspended'],
  ['domain for sale page', '<h1>This domain is for sale!</h1><p>Make an offer.</p>', 'parked_domain'],
  ['Dutch registrar placeholder', DUTCH_REGISTRAR_PLACEHOLDER_PAGE, 'parked_domain'],
  [
    'Dutch registrar "registered via"',
    '<p>De domeinnaam winkel.nl is geregistreerd via Registrar BV.</p>',
    'parked_domain',
  ],
];

describe('detectErrorPage', () => {
  it.each(POSITIVE_SAMPLES)('recognises a %s', (_, body, id) => {
    expect(detectErrorPage(body)).toBe(id);
  });

  it('has a positive sample for every phrase, so each one (and the pre-filter) is proven to work', () => {
    for (const signature of ERROR_PAGE_SIGNATURES) {
      for (const phrase of signature.phrases) {
        const covered = POSITIVE_SAMPLES.some(
          ([, body, id]) => id === signature.id && phrase.test(visibleText(body)),
        );
        expect(covered, `${signature.id} ${phrase}`).toBe(true);
      }
    }
  });

  it('has a positive sample for every id it can return', () => {
    const found = new Set(
      [
        WORDPRESS_DATABASE_ERROR_PAGE,
        WORDPRESS_CRITICAL_ERROR_PAGE,
        CPANEL_SUSPENDED_PAGE,
        PARKED_DOMAIN_PAGE,
      ].map(detectErrorPage),
    );
    expect([...found].sort()).toEqual([...ERROR_PAGE_IDS].sort());
  });

  it.each([
    ['a normal shop page that mentions its database, accounts and connections', SHOP_PAGE],
    ['a short page that uses the words but none of the phrases', SHORT_SHOP_PAGE],
    ['a long article quoting the WordPress database error', BLOG_ABOUT_DATABASE_ERROR_PAGE],
    [
      'a FAQ about suspended accounts',
      '<h2>FAQ</h2><p>Why is my account suspended? Account suspended notices come by mail.</p>',
    ],
    [
      'a domain shop',
      '<h1>Register your domain name</h1><p>Find a domain for your business. Is this domain free?</p>',
    ],
    ['a Dutch order confirmation', '<p>Uw bestelling is geregistreerd via onze webshop.</p>'],
    [
      'a phrase hidden in a script',
      '<script>const m = "Error establishing a database connection";</script><p>Hi</p>',
    ],
    ['an empty body', ''],
  ])('leaves %s alone', (_, body) => {
    expect(detectErrorPage(body)).toBeNull();
  });

  it('ignores pages with more text than any error page has', () => {
    const padding = 'x'.repeat(MAX_ERROR_PAGE_TEXT_CHARS);
    expect(detectErrorPage(`<p>This domain is parked.</p><p>${padding}</p>`)).toBeNull();
  });
});

describe('visibleText', () => {
  it('keeps what a visitor reads and drops markup, scripts, styles and comments', () => {
    const html =
      '<style>p{}</style><!-- note --><p>Caf&eacute; &amp; bar&nbsp;&#233;&#xE9;</p><script>x()</script>\n<b>open</b>';
    expect(visibleText(html)).toBe('Caf&eacute; & bar \u00e9\u00e9 open');
  });

  it('leaves an out-of-range character reference as it is instead of failing', () => {
    expect(visibleText('<p>&#9999999; &#x110000;</p>')).toBe('&#9999999; &#x110000;');
  });
});
