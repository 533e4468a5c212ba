import type { CauseEntries, ConnectionCause } from './causes-catalog';
import type { DeepPartial } from './interpolate';

/** Reaching the server at all: finding the name, connecting, the secure connection. */
export const causesNlInformalConnection: DeepPartial<CauseEntries<ConnectionCause>> = {
  dns_not_found: {
    title: 'Je domeinnaam bestaat niet meer',
    actions: [
      'Controleer of je het adres goed gespeld hebt.',
      'Bel het bedrijf waar je je domeinnaam hebt geregistreerd (je domeinregistrar) en vraag of {host} nog actief en betaald is.',
      'Is de naam verlopen? Verleng hem dan meteen: de meeste registrars zetten een verlopen domein binnen enkele uren terug, dus je bent snel weer online.',
      'Kijk in je e-mail of je een herinnering voor verlenging of betaling hebt gemist.',
    ],
    variants: {
      no_records: {
        title: 'Je domeinnaam leidt niet naar je website',
        explanation:
          'De naam {host} bestaat, maar is aan geen enkele server gekoppeld, dus niemand kan je website bereiken. Dit gebeurt vaak na een wijziging in de domeininstellingen of een verhuizing naar een ander hostingbedrijf. (Technisch: het DNS-antwoord bevat geen adresrecords.)',
        actions: [
          'Vraag wie onlangs iets aan je domein of hosting heeft gewijzigd wat er is veranderd.',
          'Bel je hostingbedrijf en vraag naar welk adres je domeinnaam moet verwijzen.',
          'Vraag je domeinregistrar de domeininstellingen (de DNS-records) te herstellen.',
        ],
      },
    },
  },
  dns_failed: {
    title: 'Het internet kan je domeinnaam niet opzoeken',
    explanation:
      'De dienst die het internet vertelt waar {host} te vinden is, gaf een foutmelding, dus bezoekers kunnen je website niet vinden. De website zelf is misschien in orde. (Technisch: de DNS-opzoeking gaf SERVFAIL.)',
    actions: [
      'Controleer het over vijf minuten opnieuw: vaak is dit een korte hapering, dus je hoeft nog niet te bellen.',
      'Blijft het misgaan? Bel dan het bedrijf dat je domeinnaam beheert (meestal je hostingbedrijf of je domeinregistrar).',
      'Vertel hun dat het opzoeken van {host} een foutmelding geeft.',
    ],
    variants: {
      timeout: {
        title: 'Het opzoeken van je domeinnaam duurt te lang',
        explanation:
          'De dienst die {host} opzoekt, gaf niet op tijd antwoord. Dat kan aan je eigen internetverbinding liggen of aan het bedrijf dat je domeinnaam beheert. (Technisch: time-out bij de DNS-opzoeking.)',
        actions: [
          'Kijk of andere websites wel openen op je computer.',
          'Lukt dat niet? Herstart dan je modem of router, en bel je internetprovider als dat niet helpt.',
          'Werken andere websites wel? Bel dan je hostingbedrijf of domeinregistrar en vertel dat het opzoeken van {host} geen antwoord krijgt.',
        ],
      },
      refused: {
        title: 'Het opzoeken van je domeinnaam werd geweigerd',
        actions: [
          'Heeft je IT-partner een eigen opzoekserver voor je netwerk ingericht? Vraag hem die te controleren.',
          'Bel anders je hostingbedrijf of domeinregistrar en vertel dat het opzoeken van {host} wordt geweigerd.',
        ],
      },
    },
  },
  connection_refused: {
    actions: [
      'Controleer het over twee minuten opnieuw: misschien wordt de server herstart en hoef je niets te doen.',
      'Bel je hostingbedrijf of IT-partner en vertel dat {host} verbindingen weigert.',
      'Vraag of er onderhoud of een update bezig is.',
    ],
  },
  connection_timeout: {
    actions: [
      'Kijk of andere websites wel openen: lukt dat niet, dan ligt het aan je eigen internetverbinding.',
      'Bel je hostingbedrijf of IT-partner en vertel dat {host} helemaal niet reageert.',
      'Controleer het over een paar minuten opnieuw om te zien of hij terugkomt.',
    ],
  },
  connection_reset: {
    actions: [
      'Controleer het over een paar minuten opnieuw.',
      'Blijft het gebeuren? Bel dan je hostingbedrijf of IT-partner en vertel dat de verbinding met {host} wordt verbroken.',
      'Vermeld het als je onlangs beveiligingsinstellingen of een firewall hebt gewijzigd.',
    ],
  },
  tls_expired: {
    title: 'Het beveiligingscertificaat van je website is verlopen',
    actions: [
      'Bel je hostingbedrijf en vraag of zij het beveiligingscertificaat (SSL-certificaat) vandaag vernieuwen.',
      'Beheer je het certificaat zelf? Vernieuw het dan in het configuratiescherm van je hosting; veel hostingbedrijven bieden gratis automatische verlenging.',
      'Controleer het na de vernieuwing opnieuw: je site werkt weer normaal zodra het nieuwe certificaat erop staat.',
    ],
  },
  tls_expiring_soon: {
    title: 'Het beveiligingscertificaat van je website verloopt binnenkort',
    explanation:
      'Je site werkt nog, maar het beveiligingscertificaat van {host} verloopt[ over {days}][ (op {validTo})]. Daarna zien bezoekers een waarschuwing dat de site niet veilig is. (Technisch: het TLS-certificaat verloopt bijna.)',
    actions: [
      'Vraag je hostingbedrijf het beveiligingscertificaat te vernieuwen[ vóór {validTo}].',
      'Vraag hun te controleren of automatische verlenging aanstaat, want die vernieuwt normaal ruim op tijd, zodat je er geen omkijken naar hebt.',
      'Je hoeft vandaag geen haast te maken: de site werkt normaal tot het certificaat verloopt.',
    ],
  },
  tls_not_yet_valid: {
    title: 'Het beveiligingscertificaat van je website is nog niet geldig',
    actions: [
      'Controleer of de datum en tijd op je computer kloppen.',
      'Kloppen die? Bel dan je hostingbedrijf: het certificaat is te vroeg geplaatst of de klok van de server staat verkeerd.',
    ],
  },
  tls_untrusted: {
    title: 'Browsers vertrouwen het beveiligingscertificaat van je website niet',
    actions: [
      'Bel je hostingbedrijf en vraag een certificaat van een erkende instantie te plaatsen, inclusief de tussencertificaten.',
      'Gaat het om een apparaat in je eigen kantoor (zoals een NAS of router)? Vraag het dan je IT-partner: zulke apparaten gebruiken vaak een eigen certificaat, dat Back Online kan leren vertrouwen.',
    ],
  },
  tls_hostname_mismatch: {
    actions: [
      'Bel je hostingbedrijf en vraag een beveiligingscertificaat voor {host} te plaatsen.',
      'Heb je je website onlangs verhuisd of het adres gewijzigd? Vermeld dat: het certificaat is waarschijnlijk niet meeverhuisd.',
    ],
  },
  tls_handshake_failed: {
    title: 'Er kan geen beveiligde verbinding met je website worden gemaakt',
    actions: [
      'Controleer het over een paar minuten opnieuw.',
      'Bel je hostingbedrijf en vertel dat de beveiligde verbinding met {host} mislukt (TLS-handshake).',
    ],
  },
};
