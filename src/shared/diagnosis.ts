import type { CauseCode } from './cause-codes';
import type { CheckDetails, CheckStatus } from './check-result';
import { CAUSE_VARIANTS, causeCatalogs } from './i18n/causes';
import type { CauseCatalog, CauseText, CauseVariant, CauseWithVariants } from './i18n/causes';
import { fillCauseTemplate } from './i18n/causes-template';
import { durationInWords } from './i18n/duration-words';
import type { TemplateParams } from './i18n/interpolate';
import { pickCatalog } from './i18n/interpolate';
import type { Language, Locale } from './locale';
import { intlLocaleTag } from './locale';
import type { Contact } from './settings';
import { isLoopbackOrPrivateHost } from './target';

/** Who the owner may be told to call about a cause (a contact role a diagnosis can name). */
export const DIAGNOSIS_CONTACT_ROLES = [
  'hosting',
  'registrar',
  'it_partner',
  'internet_provider',
] as const satisfies readonly Contact['role'][];

/** Who the owner should call about a cause; `null` when nobody needs calling. */
export type DiagnosisContactRole = (typeof DIAGNOSIS_CONTACT_ROLES)[number];

export interface CauseDescription {
  title: string;
  explanation: string;
  actions: string[];
  contactRole: DiagnosisContactRole | null;
}

/** A check result told in plain words: what is wrong, why, what to do next and whom to call. */
export interface Diagnosis extends CauseDescription {
  cause: CauseCode;
  status: CheckStatus;
}

const CAUSE_CONTACTS: Record<CauseCode, DiagnosisContactRole | null> = {
  ok: null,
  dns_not_found: 'registrar',
  dns_failed: 'hosting',
  connection_refused: 'hosting',
  connection_timeout: 'hosting',
  connection_reset: 'hosting',
  tls_expired: 'hosting',
  tls_expiring_soon: 'hosting',
  tls_not_yet_valid: 'hosting',
  tls_untrusted: 'hosting',
  tls_hostname_mismatch: 'hosting',
  tls_handshake_failed: 'hosting',
  tls_incomplete_chain: 'hosting',
  http_server_error: 'hosting',
  http_client_error: 'hosting',
  http_redirect_loop: 'hosting',
  blocked_by_protection: 'hosting',
  // the site works and Back Online backs off by itself: nobody needs calling unless it keeps happening
  rate_limited: null,
  response_timeout: 'hosting',
  slow_response: 'hosting',
  content_missing: 'hosting',
  error_page: 'hosting',
  maintenance_mode: 'hosting',
  local_offline: 'internet_provider',
  process_not_running: 'it_partner',
  service_stopped: 'it_partner',
  disk_almost_full: 'it_partner',
  unknown: 'it_partner',
};

const VARIANT_CONTACTS: Partial<Record<CauseVariant, DiagnosisContactRole>> = {
  parked_domain: 'registrar',
};

function text(value: CheckDetails[string] | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function hasVariants(cause: CauseCode): cause is CauseWithVariants {
  return Object.hasOwn(CAUSE_VARIANTS, cause);
}

/** The check detail that tells the situations of a cause apart, or null for the cause's own text. */
export function causeVariant(cause: CauseCode, details: CheckDetails): CauseVariant | null {
  if (!hasVariants(cause)) return null;
  const candidates: readonly string[] = CAUSE_VARIANTS[cause];
  const situation = (() => {
    switch (cause) {
      case 'dns_not_found':
      case 'dns_failed':
        return text(details.dnsFailure);
      case 'error_page':
        return text(details.errorPage);
      case 'content_missing':
        return details.keywordRule === 'must_not_contain' ? 'unwanted_text' : undefined;
      case 'unknown':
        return text(details.reason);
      case 'maintenance_mode':
        return text(details.maintenancePage);
      case 'http_server_error':
        return details.statusCode === 503 ? 'temporarily_unavailable' : undefined;
    }
  })();
  return situation !== undefined && candidates.includes(situation) ? (situation as CauseVariant) : null;
}

/** The contact for a cause; anything on the owner's own network is the IT partner's, not the hoster's. */
export function contactRoleFor(cause: CauseCode, details: CheckDetails): DiagnosisContactRole | null {
  const variant = causeVariant(cause, details);
  const role = (variant && VARIANT_CONTACTS[variant]) ?? CAUSE_CONTACTS[cause];
  if (role === null || role === 'internet_provider' || role === 'it_partner') return role;
  const host = text(details.host) ?? text(details.name);
  return host !== undefined && isLoopbackOrPrivateHost(host) ? 'it_partner' : role;
}

function formatDate(value: CheckDetails[string] | undefined, language: Language): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return text(value);
  return new Intl.DateTimeFormat(intlLocaleTag(language), { dateStyle: 'long' }).format(date);
}

function formatNumber(value: number | undefined, language: Language): string | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return new Intl.NumberFormat(intlLocaleTag(language), { maximumFractionDigits: 1 }).format(value);
}

function numberOf(value: CheckDetails[string] | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function secondsOf(value: CheckDetails[string] | undefined): number | undefined {
  const ms = numberOf(value);
  return ms === undefined ? undefined : ms / 1000;
}

/** Details as the texts need them: dates and numbers in the reader's language, names where the texts expect them. */
function textParams(details: CheckDetails, language: Language, catalog: CauseCatalog): TemplateParams {
  const name = text(details.name);
  const mount = text(details.mount) ?? text(details.path);
  const checked =
    text(details.host) ??
    name ??
    text(details.processName) ??
    text(details.serviceName) ??
    mount ??
    text(details.target) ??
    catalog.fallbackSubject;
  const daysLeft = numberOf(details.daysLeft);
  const retryAfterMs = numberOf(details.retryAfterMs);
  return {
    ...details,
    checked,
    host: text(details.host) ?? name ?? checked,
    processName: text(details.processName) ?? name ?? checked,
    serviceName: text(details.serviceName) ?? name ?? checked,
    mount: mount ?? checked,
    certificateNames: text(details.certificateNames)?.replace(/\b(DNS|IP Address):/g, ''),
    validTo: formatDate(details.validTo, language),
    validFrom: formatDate(details.validFrom, language),
    days:
      daysLeft === undefined
        ? undefined
        : (Math.abs(daysLeft) === 1 ? catalog.days.one : catalog.days.other).replace(
            '{count}',
            formatNumber(daysLeft, language) ?? String(daysLeft),
          ),
    freePercent: formatNumber(numberOf(details.freePercent), language),
    seconds: formatNumber(secondsOf(details.durationMs), language),
    thresholdSeconds: formatNumber(secondsOf(details.slowThresholdMs), language),
    timeoutSeconds: formatNumber(secondsOf(details.timeoutMs), language),
    retryAfter: retryAfterMs === undefined ? undefined : durationInWords(retryAfterMs, language),
  };
}

/** The translated texts for a cause, filled from the check's details; usable by the window too. */
export function describeCause(cause: CauseCode, details: CheckDetails, locale: Locale): CauseDescription {
  const catalog = pickCatalog(causeCatalogs, locale);
  const entry = catalog.causes[cause];
  const variant = causeVariant(cause, details);
  const texts: CauseText =
    variant !== null && 'variants' in entry
      ? ((entry.variants as Record<string, CauseText>)[variant] ?? entry)
      : entry;
  const params = textParams(details, locale.language, catalog);
  return {
    title: fillCauseTemplate(texts.title, params),
    explanation: fillCauseTemplate(texts.explanation, params),
    actions: texts.actions.map((action) => fillCauseTemplate(action, params)),
    contactRole: contactRoleFor(cause, details),
  };
}
