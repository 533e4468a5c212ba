import type { CauseEntries, RecognisedCause } from './causes-catalog';
import type { DeepPartial } from './interpolate';

/** What the server says about itself: its protection, its limits, its certificate chain, its maintenance. */
export const causesNlInformalRecognised: DeepPartial<CauseEntries<RecognisedCause>> = {
  blocked_by_protection: {
    title: 'De beveiliging van je website houdt de controles van Back Online tegen',
    explanation:
      '{host} antwoordde met een beveiligingscontrole[ van {protection}] in plaats van je pagina. Zo’n beveiliging onderscheidt mensen van automatische programma’s, dus je bezoekers kunnen er waarschijnlijk gewoon in, maar Back Online kan niet zien of je site werkt. (Technisch: botbeveiliging of firewall[, HTTP-status {statusCode}].)',
    actions: [
      'Open je website in je browser of op je telefoon: ziet hij er normaal uit, dan kunnen je bezoekers erin.',
      'Vraag je webbouwer of hostingbedrijf de controles van Back Online door de beveiliging te laten (een uitzondering voor het internetadres van je computer).',
      'Of maak van deze controle een controle die de beveiliging doorlaat: een controle van het beveiligingscertificaat van {host} (TLS-controle) laat je nog steeds zien of de server antwoordt.',
    ],
  },
  rate_limited: {
    title: 'Je website vraagt Back Online minder vaak te controleren',
    explanation:
      '{host} werkt, maar antwoordde dat je computer te vaak vraagt[ en vroeg {retryAfter} te wachten]. Back Online wacht zoals gevraagd voordat het opnieuw controleert. Je bezoekers merken er waarschijnlijk niets van. (Technisch: rate limit[, HTTP-status {statusCode}].)',
    actions: [
      'Er is niets kapot, je hoeft niets te doen: Back Online wacht zoals gevraagd en controleert daarna vanzelf opnieuw.',
      'Gebeurt dit vaker? Dan is de tijd tussen twee controles te kort voor je site: stel een langere in, bijvoorbeeld 5 minuten.',
      'Weigert de site ook echte bezoekers? Vraag je webbouwer dan of de beveiliging te streng is ingesteld.',
    ],
  },
  tls_incomplete_chain: {
    title: 'Aan het beveiligingscertificaat van je website ontbreekt een stuk',
    explanation:
      '{host} stuurt zijn beveiligingscertificaat zonder het tussencertificaat dat het koppelt aan een erkende instantie. De meeste browsers halen dat stuk zelf op, dus bezoekers zien je site meestal gewoon, maar apps, betaalproviders en oudere telefoons weigeren de verbinding. (Technisch: onvolledige certificaatketen[, ontbrekend tussencertificaat: {missingIssuer}].)',
    actions: [
      'Bel je hostingbedrijf en vraag de volledige certificaatketen (het certificaat met zijn tussencertificaten) voor {host} te installeren.',
      'Installeer je het certificaat zelf? Gebruik dan het bestand met de volledige keten ("full chain") van je certificaatleverancier in plaats van alleen het certificaat.',
      'Geen paniek: de meeste bezoekers zien je site normaal tot het is opgelost, dus je hebt even de tijd.',
    ],
  },
  maintenance_mode: {
    title: 'Je website staat in onderhoudsmodus',
    explanation:
      '{host} toont een onderhoudspagina in plaats van je site[ en zegt over {retryAfter} terug te zijn]. Bezoekers kunnen je site niet gebruiken tot het onderhoud klaar is. Werkt niemand aan je site, dan is er misschien een update vastgelopen. (Technisch: onderhoudsmodus[, HTTP-status {statusCode}].)',
    actions: [
      'Vraag je webbouwer of er onderhoud of een update bezig is, en wanneer die klaar is.',
      'Werkt niemand aan je site? Vraag je webbouwer of hostingbedrijf dan de update af te maken en de onderhoudsmodus uit te zetten.',
      'Was het onderhoud gepland? Wacht dan tot het aangekondigde tijdstip en controleer het opnieuw, dan weet je het zeker.',
    ],
    variants: {
      wordpress: {
        title: 'Je website zit vast in de onderhoudsmodus van WordPress',
        explanation:
          '{host} toont "Briefly unavailable for scheduled maintenance". WordPress toont dat tijdens een update en haalt het normaal binnen een minuut weg; blijft het staan, dan is de update vastgelopen en kunnen bezoekers je site niet gebruiken. (Technisch: een bestand .maintenance in de map van je website[, HTTP-status {statusCode}].)',
        actions: [
          'Wacht twee minuten en controleer het opnieuw: een gewone update maakt zichzelf af, dan hoef je niets te doen.',
          'Blijft het staan? Verwijder dan het bestand .maintenance uit de hoofdmap van je website, met het bestandsbeheer in het configuratiescherm van je hosting of via FTP, of vraag je webbouwer of hostingbedrijf dat te doen.',
          'Log daarna in op je website (wp-admin) en controleer of de update klaar is; start hem opnieuw als WordPress daarom vraagt.',
        ],
      },
    },
  },
};
