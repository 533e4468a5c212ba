import type { CauseCode } from '../cause-codes';
import type { CatalogSet, PluralText } from './interpolate';

export type { PluralText };

export interface StatusTexts {
  /** The short macOS menu-bar title; empty when all is well. */
  title: {
    down: PluralText;
    slow: string;
    warning: string;
    offline: string;
    paused: string;
    snoozed: string;
  };
  tooltip: {
    offline: string;
    noMonitors: string;
    allFine: PluralText;
    someChecking: string;
    checking: string;
    allPaused: string;
    allInMaintenance: string;
    allDisabled: string;
    somePaused: PluralText;
    problemDown: string;
    problemDegraded: string;
    more: string;
    snoozed: string;
    snoozedTomorrow: string;
    /** `since` for a moment on another day than today. */
    otherDay: string;
    months: readonly string[];
  };
  /** A very short label per cause, to follow a monitor's name in the tooltip. */
  causes: Record<CauseCode, string>;
}

const en: StatusTexts = {
  title: {
    down: { one: '{count} down', other: '{count} down' },
    slow: 'slow',
    warning: 'warning',
    offline: 'offline',
    paused: 'paused',
    snoozed: 'snoozed',
  },
  tooltip: {
    offline: 'You are offline — checks paused until your internet is back',
    noMonitors: 'No checks set up yet',
    allFine: { one: 'The check is fine', other: 'All {count} checks fine' },
    someChecking: '{fine} of {total} checks fine, checking the rest…',
    checking: 'Checking…',
    allPaused: 'All checks paused',
    allInMaintenance: 'All checks paused for maintenance',
    allDisabled: 'All checks switched off',
    somePaused: { one: '1 check paused', other: '{count} checks paused' },
    problemDown: '{name} down since {time} — {cause}',
    problemDegraded: '{name}: {cause} since {time}',
    more: 'and {count} more',
    snoozed: 'Alerts snoozed until {time}',
    snoozedTomorrow: 'Alerts snoozed until tomorrow {time}',
    otherDay: '{day} {month} {time}',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  causes: {
    ok: 'fine',
    dns_not_found: 'name not found',
    dns_failed: 'name lookup failed',
    connection_refused: 'connection refused',
    connection_timeout: 'no answer',
    connection_reset: 'connection dropped',
    tls_expired: 'certificate expired',
    tls_expiring_soon: 'certificate expires soon',
    tls_not_yet_valid: 'certificate not valid yet',
    tls_untrusted: 'certificate not trusted',
    tls_hostname_mismatch: 'certificate for another name',
    tls_handshake_failed: 'secure connection failed',
    tls_incomplete_chain: 'certificate chain incomplete',
    http_server_error: 'server error',
    http_client_error: 'page not available',
    http_redirect_loop: 'endless redirect',
    blocked_by_protection: 'its protection blocks checks',
    rate_limited: 'asks to check less often',
    response_timeout: 'too slow to answer',
    slow_response: 'slow',
    content_missing: 'expected text missing',
    error_page: 'shows an error page',
    maintenance_mode: 'in maintenance mode',
    local_offline: 'you are offline',
    process_not_running: 'program not running',
    service_stopped: 'service stopped',
    disk_almost_full: 'disk almost full',
    unknown: 'unknown problem',
  },
};

const nl: StatusTexts = {
  title: {
    down: { one: '{count} storing', other: '{count} storingen' },
    slow: 'traag',
    warning: 'let op',
    offline: 'offline',
    paused: 'gepauzeerd',
    snoozed: 'gedempt',
  },
  tooltip: {
    offline: 'U bent offline — controles gepauzeerd tot uw internet terug is',
    noMonitors: 'Nog geen controles ingesteld',
    allFine: { one: 'De controle is in orde', other: 'Alle {count} controles in orde' },
    someChecking: '{fine} van {total} controles in orde, de rest wordt gecontroleerd…',
    checking: 'Bezig met controleren…',
    allPaused: 'Alle controles gepauzeerd',
    allInMaintenance: 'Alle controles gepauzeerd voor onderhoud',
    allDisabled: 'Alle controles uitgeschakeld',
    somePaused: { one: '1 controle gepauzeerd', other: '{count} controles gepauzeerd' },
    problemDown: '{name} werkt niet sinds {time} — {cause}',
    problemDegraded: '{name}: {cause} sinds {time}',
    more: 'en nog {count}',
    snoozed: 'Meldingen gedempt tot {time}',
    snoozedTomorrow: 'Meldingen gedempt tot morgen {time}',
    otherDay: '{day} {month} {time}',
    months: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  },
  causes: {
    ok: 'in orde',
    dns_not_found: 'naam niet gevonden',
    dns_failed: 'naam opzoeken mislukt',
    connection_refused: 'verbinding geweigerd',
    connection_timeout: 'geen antwoord',
    connection_reset: 'verbinding verbroken',
    tls_expired: 'certificaat verlopen',
    tls_expiring_soon: 'certificaat verloopt binnenkort',
    tls_not_yet_valid: 'certificaat nog niet geldig',
    tls_untrusted: 'certificaat niet vertrouwd',
    tls_hostname_mismatch: 'certificaat voor een andere naam',
    tls_handshake_failed: 'beveiligde verbinding mislukt',
    tls_incomplete_chain: 'certificaatketen onvolledig',
    http_server_error: 'serverfout',
    http_client_error: 'pagina niet beschikbaar',
    http_redirect_loop: 'eindeloze doorverwijzing',
    blocked_by_protection: 'beveiliging houdt controles tegen',
    rate_limited: 'vraagt minder vaak te controleren',
    response_timeout: 'antwoordt te traag',
    slow_response: 'traag',
    content_missing: 'verwachte tekst ontbreekt',
    error_page: 'toont een foutpagina',
    maintenance_mode: 'in onderhoudsmodus',
    local_offline: 'u bent offline',
    process_not_running: 'programma draait niet',
    service_stopped: 'dienst gestopt',
    disk_almost_full: 'schijf bijna vol',
    unknown: 'onbekend probleem',
  },
};

export const statusTexts: CatalogSet<StatusTexts> = {
  en,
  nl,
  nlInformal: {
    tooltip: { offline: 'Je bent offline — controles gepauzeerd tot je internet terug is' },
    causes: { local_offline: 'je bent offline' },
  },
};
