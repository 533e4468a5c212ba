import { describe, expect, it } from 'vitest';
import type { CauseCode } from './cause-codes';
import { CAUSE_CODES } from './cause-codes';
import type { CheckDetails } from './check-result';
import { causeVariant, contactRoleFor, describeCause } from './diagnosis';
import type { CauseDescription } from './diagnosis';
import { CAUSE_VARIANTS, causeCatalogs } from './i18n/causes';
import type { CauseText } from './i18n/causes';
import type { Locale } from './locale';

const EN: Locale = { language: 'en', formality: 'formal' };
const NL: Locale = { language: 'nl', formality: 'formal' };
const NL_INFORMAL: Locale = { language: 'nl', formality: 'informal' };
const LOCALES = [EN, NL, NL_INFORMAL];

const site = { host: 'shop.example.nl', durationMs: 812 };
const certificate = {
  ...site,
  port: 443,
  validFrom: '2026-08-30T00:00:00.000Z',
  validTo: '2026-11-28T00:00:00.000Z',
};

/** Details as the checks report them for each cause. */
const REALISTIC: Record<CauseCode, CheckDetails> = {
  ok: { ...site, statusCode: 200 },
  dns_not_found: { ...site, dnsFailure: 'nxdomain', errorCode: 'ENOTFOUND' },
  dns_failed: { ...site, dnsFailure: 'servfail', errorCode: 'ESERVFAIL' },
  connection_refused: { host: '127.0.0.1', port: 5432, errorCode: 'ECONNREFUSED', durationMs: 2 },
  connection_timeout: { ...site, port: 443, errorCode: 'ETIMEDOUT', timedOut: true },
  connection_reset: { ...site, port: 443, errorCode: 'ECONNRESET' },
  tls_expired: { ...certificate, daysLeft: -3 },
  tls_expiring_soon: { ...certificate, daysLeft: 6 },
  tls_not_yet_valid: { ...certificate, daysLeft: 90 },
  tls_untrusted: { ...certificate, daysLeft: 60, authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
  tls_hostname_mismatch: { ...certificate, daysLeft: 60, certificateNames: 'DNS:other.example.com' },
  tls_handshake_failed: { ...site, port: 443, errorCode: 'ECONNRESET' },
  tls_incomplete_chain: {
    ...certificate,
    daysLeft: 60,
    authorizationError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    missingIssuer: 'R11',
  },
  http_server_error: { ...site, statusCode: 500 },
  http_client_error: { ...site, statusCode: 404 },
  http_redirect_loop: { ...site, statusCode: 301, maxRedirects: 5 },
  blocked_by_protection: { ...site, statusCode: 403, protection: 'Cloudflare' },
  rate_limited: { ...site, statusCode: 429, retryAfterMs: 120_000 },
  response_timeout: { ...site, timedOut: true, timeoutMs: 10_000 },
  slow_response: { ...site, statusCode: 200, durationMs: 4_200, slowThresholdMs: 3_000 },
  content_missing: { ...site, statusCode: 200, keyword: 'Add to cart', keywordRule: 'must_contain' },
  error_page: { ...site, statusCode: 200, errorPage: 'something_new' },
  maintenance_mode: { ...site, statusCode: 503, retryAfterMs: 3_600_000, maintenancePage: 'generic' },
  local_offline: { ...site },
  process_not_running: { processName: 'postgres' },
  service_stopped: { serviceName: 'cups' },
  disk_almost_full: { mount: '/srv', freePercent: 4.27 },
  unknown: { ...site, errorCode: 'ERR_CHECK_FAILED', reason: 'unexpected_error' },
};

const VARIANT_DETAILS: Record<string, CheckDetails> = {
  no_records: { dnsFailure: 'no_records' },
  timeout: { dnsFailure: 'timeout' },
  refused: { dnsFailure: 'refused' },
  wordpress_database: { errorPage: 'wordpress_database' },
  wordpress_critical: { errorPage: 'wordpress_critical' },
  account_suspended: { errorPage: 'account_suspended' },
  parked_domain: { errorPage: 'parked_domain' },
  unwanted_text: { keyword: 'Onderhoud', keywordRule: 'must_not_contain' },
  probe_unavailable: { reason: 'probe_unavailable' },
  mount_not_found: { reason: 'mount_not_found', path: '/Volumes/Backup' },
  wordpress: { maintenancePage: 'wordpress', retryAfterMs: 600_000 },
  temporarily_unavailable: { statusCode: 503 },
};

/** Every situation with its own text: each cause with its realistic details, then each variant. */
function situations(): { label: string; cause: CauseCode; details: CheckDetails }[] {
  const base = CAUSE_CODES.map((cause) => ({ label: cause, cause, details: REALISTIC[cause] }));
  const variants = Object.entries(CAUSE_VARIANTS).flatMap(([cause, names]) =>
    names.map((name) => ({
      label: `${cause}/${name}`,
      cause: cause as CauseCode,
      details: { ...REALISTIC[cause as CauseCode], ...VARIANT_DETAILS[name] },
    })),
  );
  return [...base, ...variants];
}

function allTexts(description: Pick<CauseDescription, 'title' | 'explanation' | 'actions'>): string[] {
  return [description.title, description.explanation, ...description.actions];
}

function expectReadable(value: string): void {
  expect(value.trim()).not.toBe('');
  expect(value).not.toMatch(/[{}[\]]/);
  expect(value).not.toMatch(/undefined|null|NaN/);
  // a space before punctuation is a gap left by a missing fact; " .maintenance" is a file name
  expect(value).not.toMatch(/ {2}| [.,:;)](?=\s|$)|\(\)/);
}

describe('describeCause', () => {
  for (const locale of LOCALES) {
    const name = `${locale.language}/${locale.formality}`;
    for (const { label, cause, details } of situations()) {
      it(`${name} ${label}: a title, an explanation and 2–4 actions, every placeholder filled`, () => {
        const description = describeCause(cause, details, locale);
        expect(description.actions.length).toBeGreaterThanOrEqual(2);
        expect(description.actions.length).toBeLessThanOrEqual(4);
        for (const value of allTexts(description)) expectReadable(value);
      });
    }

    it(`${name}: texts still read well when a check reported no details at all`, () => {
      for (const cause of CAUSE_CODES) {
        for (const value of allTexts(describeCause(cause, {}, locale))) expectReadable(value);
      }
    });
  }

  it('keeps titles free of jargon and status numbers', () => {
    for (const locale of LOCALES) {
      for (const { cause, details } of situations()) {
        expect(describeCause(cause, details, locale).title).not.toMatch(/\b(DNS|TLS|SSL|HTTP|TCP)\b|\d{3}/);
      }
    }
  });

  it('addresses the reader as "u" in formal Dutch, for every cause', () => {
    for (const { label, cause, details } of situations()) {
      const texts = allTexts(describeCause(cause, details, NL)).join(' ');
      expect(texts, label).toMatch(/\b(u|uw|U|Uw)\b/);
    }
  });

  it('never says "u" in informal Dutch, and every informal override says "je" or "jouw"', () => {
    for (const { label, cause, details } of situations()) {
      const texts = allTexts(describeCause(cause, details, NL_INFORMAL)).join(' ');
      expect(texts, label).not.toMatch(/\b(u|uw|U|Uw)\b/);
    }
    const overrides: string[] = [];
    const collect = (text: Partial<CauseText> | undefined) => {
      if (text?.title) overrides.push(text.title);
      if (text?.explanation) overrides.push(text.explanation);
      // a list of actions is replaced as a whole, so it is one override
      if (text?.actions) overrides.push(text.actions.join(' '));
    };
    for (const entry of Object.values(causeCatalogs.nlInformal.causes ?? {})) {
      collect(entry);
      for (const variant of Object.values((entry as { variants?: object }).variants ?? {})) collect(variant);
    }
    expect(overrides.length).toBeGreaterThan(40);
    for (const override of overrides) {
      expect(override).toMatch(/\b(je|jouw|jij|Je|Jouw|Jij)\b/);
      expect(override).not.toMatch(/\b(u|uw|U|Uw)\b/);
    }
  });

  it('says the example from the brief: a vanished domain points at the registrar', () => {
    const description = describeCause('dns_not_found', REALISTIC.dns_not_found, EN);
    expect(description.title).toBe('Your domain name no longer exists');
    expect(description.explanation).toContain('shop.example.nl');
    expect(description.explanation).toMatch(/expired/);
    expect(description.actions.join(' ')).toMatch(/registered your domain name/);
    expect(description.contactRole).toBe('registrar');
  });

  it('fills dates, day counts and numbers in the reader’s language', () => {
    const expiring = describeCause('tls_expiring_soon', REALISTIC.tls_expiring_soon, EN);
    expect(expiring.explanation).toContain('in 6 days (on 28 November 2026)');
    expect(describeCause('tls_expiring_soon', { ...certificate, daysLeft: 1 }, EN).explanation).toContain(
      'in 1 day ',
    );
    const dutch = describeCause('tls_expiring_soon', REALISTIC.tls_expiring_soon, NL);
    expect(dutch.explanation).toContain('over 6 dagen (op 28 november 2026)');
    expect(describeCause('disk_almost_full', REALISTIC.disk_almost_full, NL).explanation).toContain('4,3%');
    expect(describeCause('disk_almost_full', REALISTIC.disk_almost_full, EN).explanation).toContain(
      '/srv has only 4.3% free',
    );
    expect(describeCause('slow_response', REALISTIC.slow_response, EN).explanation).toContain(
      'it took 4.2 seconds (more than the 3 seconds',
    );
    expect(describeCause('tls_hostname_mismatch', REALISTIC.tls_hostname_mismatch, EN).explanation).toContain(
      '(other.example.com)',
    );
  });

  it('drops an optional clause whose fact is missing instead of leaving a gap', () => {
    const withDate = describeCause('tls_expired', REALISTIC.tls_expired, EN).explanation;
    const withoutDate = describeCause('tls_expired', { host: 'shop.example.nl' }, EN).explanation;
    expect(withDate).toContain('(it expired on 28 November 2026)');
    expect(withoutDate).toContain('of shop.example.nl is no longer valid. Visitors');
    const serverError = describeCause('http_server_error', { host: 'shop.example.nl' }, EN);
    expect(serverError.explanation).toContain('(Technical: HTTP status.)');
    expect(serverError.actions[2]).toBe(
      'Call your hosting company and tell them shop.example.nl gives a server error.',
    );
  });
});

describe('the causes that used to be false alarms', () => {
  it('says how long a site asked to wait, in words', () => {
    expect(describeCause('rate_limited', REALISTIC.rate_limited, EN).explanation).toContain(
      'asked to wait 2 minutes',
    );
    expect(describeCause('rate_limited', REALISTIC.rate_limited, NL).explanation).toContain(
      'vroeg 2 minuten te wachten',
    );
    expect(describeCause('maintenance_mode', REALISTIC.maintenance_mode, EN).explanation).toContain(
      'will be back in 1 hour',
    );
  });

  it('names the protection service when it is known, and reads well without it', () => {
    const named = describeCause('blocked_by_protection', REALISTIC.blocked_by_protection, EN);
    expect(named.explanation).toContain('a security check from Cloudflare instead of your page');
    const unnamed = describeCause('blocked_by_protection', { host: 'shop.example.nl', statusCode: 403 }, EN);
    expect(unnamed.explanation).toContain('a security check instead of your page');
  });

  it('tells a stuck WordPress update by its .maintenance file', () => {
    const stuck = describeCause(
      'maintenance_mode',
      { host: 'shop.example.nl', maintenancePage: 'wordpress' },
      NL,
    );
    expect(stuck.title).toBe('Uw website zit vast in de onderhoudsmodus van WordPress');
    expect(stuck.actions.join(' ')).toContain('Verwijder dan het bestand .maintenance uit');
    expect(describeCause('maintenance_mode', { maintenancePage: 'wordpress' }, EN).explanation).toContain(
      'a .maintenance file in the website',
    );
    expect(describeCause('maintenance_mode', { maintenancePage: 'generic' }, EN).title).toBe(
      'Your website is in maintenance mode',
    );
  });

  it('reads a 503 as temporarily unavailable, never as an internal error', () => {
    const unavailable = describeCause('http_server_error', { host: 'shop.example.nl', statusCode: 503 }, EN);
    expect(unavailable.title).toBe('Your website is temporarily unavailable');
    expect(unavailable.explanation).not.toMatch(/internal error/);
    const dutch = describeCause('http_server_error', { host: 'shop.example.nl', statusCode: 503 }, NL);
    expect(dutch.title).toBe('Uw website is tijdelijk niet beschikbaar');
    expect(describeCause('http_server_error', REALISTIC.http_server_error, EN).explanation).toMatch(
      /internal error/,
    );
  });

  it('calls nobody for a rate limit, and the hosting company for the rest', () => {
    expect(contactRoleFor('rate_limited', REALISTIC.rate_limited)).toBeNull();
    expect(contactRoleFor('blocked_by_protection', REALISTIC.blocked_by_protection)).toBe('hosting');
    expect(contactRoleFor('tls_incomplete_chain', REALISTIC.tls_incomplete_chain)).toBe('hosting');
    expect(contactRoleFor('maintenance_mode', REALISTIC.maintenance_mode)).toBe('hosting');
  });
});

describe('causeVariant', () => {
  it('picks the text for the situation a detail names', () => {
    expect(causeVariant('dns_not_found', { dnsFailure: 'nxdomain' })).toBeNull();
    expect(causeVariant('dns_not_found', { dnsFailure: 'no_records' })).toBe('no_records');
    expect(causeVariant('dns_failed', { dnsFailure: 'servfail' })).toBeNull();
    expect(causeVariant('dns_failed', { dnsFailure: 'timeout' })).toBe('timeout');
    expect(causeVariant('dns_failed', { dnsFailure: 'refused' })).toBe('refused');
    expect(causeVariant('error_page', { errorPage: 'wordpress_critical' })).toBe('wordpress_critical');
    expect(causeVariant('error_page', { errorPage: 'not_a_known_page' })).toBeNull();
    expect(causeVariant('content_missing', { keywordRule: 'must_contain' })).toBeNull();
    expect(causeVariant('content_missing', { keywordRule: 'must_not_contain' })).toBe('unwanted_text');
    expect(causeVariant('unknown', { reason: 'probe_unavailable' })).toBe('probe_unavailable');
    expect(causeVariant('http_server_error', { dnsFailure: 'timeout' })).toBeNull();
    expect(causeVariant('http_server_error', { statusCode: 500 })).toBeNull();
    expect(causeVariant('http_server_error', { statusCode: 503 })).toBe('temporarily_unavailable');
  });

  it('tells each situation in its own words', () => {
    const title = (cause: CauseCode, details: CheckDetails) => describeCause(cause, details, EN).title;
    expect(title('dns_failed', { dnsFailure: 'servfail' })).toBe(
      'The internet cannot look up your domain name',
    );
    expect(title('dns_failed', { dnsFailure: 'timeout' })).toBe('Looking up your domain name takes too long');
    expect(title('dns_failed', { dnsFailure: 'refused' })).toBe('Looking up your domain name was refused');
    expect(title('dns_not_found', { dnsFailure: 'no_records' })).toBe(
      'Your domain name does not lead to your website',
    );
    expect(title('error_page', { errorPage: 'wordpress_database' })).toBe(
      'Your website cannot reach its database',
    );
    expect(title('error_page', { errorPage: 'account_suspended' })).toBe(
      'Your hosting account has been suspended',
    );
    expect(title('error_page', {})).toBe('Your website shows an error message');
    const unwanted = describeCause('content_missing', VARIANT_DETAILS.unwanted_text ?? {}, NL_INFORMAL);
    expect(unwanted.title).toBe('Je webpagina toont tekst die er niet hoort te staan');
    expect(unwanted.explanation).toContain('“Onderhoud”');
    const missing = describeCause('content_missing', REALISTIC.content_missing, EN);
    expect(missing.explanation).toContain('the text “Add to cart” that should be on the page is not there');
  });
});

describe('contactRoleFor', () => {
  it('names who to call, and the IT partner for anything on the own network', () => {
    expect(contactRoleFor('ok', {})).toBeNull();
    expect(contactRoleFor('dns_not_found', { host: 'shop.example.nl' })).toBe('registrar');
    expect(contactRoleFor('error_page', { host: 'shop.example.nl', errorPage: 'parked_domain' })).toBe(
      'registrar',
    );
    expect(contactRoleFor('error_page', { host: 'shop.example.nl', errorPage: 'wordpress_database' })).toBe(
      'hosting',
    );
    expect(contactRoleFor('http_server_error', { host: 'shop.example.nl' })).toBe('hosting');
    expect(contactRoleFor('connection_refused', { host: '127.0.0.1' })).toBe('it_partner');
    expect(contactRoleFor('tls_untrusted', { host: 'nas.local' })).toBe('it_partner');
    expect(contactRoleFor('local_offline', { host: 'shop.example.nl' })).toBe('internet_provider');
    expect(contactRoleFor('disk_almost_full', { mount: '/' })).toBe('it_partner');
  });

  it('sends every device on the own network to the IT partner, whatever the cause', () => {
    const lan = [
      '10.0.0.5',
      '172.16.0.10',
      '172.31.255.1',
      '192.168.1.20',
      'fd12:3456::1',
      '[fc00::1]',
      'nas.local',
    ];
    for (const host of lan) {
      for (const cause of [
        'http_server_error',
        'tls_untrusted',
        'maintenance_mode',
        'blocked_by_protection',
      ] as const) {
        expect(contactRoleFor(cause, { host, statusCode: 503 }), `${cause} on ${host}`).toBe('it_partner');
      }
    }
    for (const host of ['172.32.0.1', '11.0.0.1', 'shop.example.nl', 'fe.example.com']) {
      expect(contactRoleFor('http_server_error', { host }), host).toBe('hosting');
    }
  });
});
