import type { CauseEntries, ConnectionCause } from './causes-catalog';

/** Reaching the server at all: finding the name, connecting, the secure connection. */
export const causesNlConnection: CauseEntries<ConnectionCause> = {
  dns_not_found: {
    title: 'Uw domeinnaam bestaat niet meer',
    explanation:
      'Het internet kan de naam {host} niet vinden. Misschien is de naam verlopen of opgezegd, of is het adres verkeerd gespeld. (Technisch: de DNS-opzoeking gaf NXDOMAIN.)',
    actions: [
      'Controleer of het adres goed gespeld is.',
      'Bel het bedrijf waar u uw domeinnaam heeft geregistreerd (uw domeinregistrar) en vraag of {host} nog actief en betaald is.',
      'Is de naam verlopen? Verleng hem dan meteen: de meeste registrars zetten een verlopen domein binnen enkele uren terug.',
      'Kijk in uw e-mail of u een herinnering voor verlenging of betaling heeft gemist.',
    ],
    variants: {
      no_records: {
        title: 'Uw domeinnaam leidt niet naar uw website',
        explanation:
          'De naam {host} bestaat, maar is aan geen enkele server gekoppeld, dus niemand kan uw website bereiken. Dit gebeurt vaak na een wijziging in de domeininstellingen of een verhuizing naar een ander hostingbedrijf. (Technisch: het DNS-antwoord bevat geen adresrecords.)',
        actions: [
          'Vraag wie onlangs iets aan uw domein of hosting heeft gewijzigd wat er is veranderd.',
          'Bel uw hostingbedrijf en vraag naar welk adres uw domeinnaam moet verwijzen.',
          'Vraag uw domeinregistrar de domeininstellingen (de DNS-records) te herstellen.',
        ],
      },
    },
  },
  dns_failed: {
    title: 'Het internet kan uw domeinnaam niet opzoeken',
    explanation:
      'De dienst die het internet vertelt waar {host} te vinden is, gaf een foutmelding, dus bezoekers kunnen uw website niet vinden. De website zelf is misschien in orde. (Technisch: de DNS-opzoeking gaf SERVFAIL.)',
    actions: [
      'Controleer het over vijf minuten opnieuw: vaak is dit een korte hapering.',
      'Blijft het misgaan? Bel dan het bedrijf dat uw domeinnaam beheert (meestal uw hostingbedrijf of uw domeinregistrar).',
      'Vertel hun dat het opzoeken van {host} een foutmelding geeft.',
    ],
    variants: {
      timeout: {
        title: 'Het opzoeken van uw domeinnaam duurt te lang',
        explanation:
          'De dienst die {host} opzoekt, gaf niet op tijd antwoord. Dat kan aan uw eigen internetverbinding liggen of aan het bedrijf dat uw domeinnaam beheert. (Technisch: time-out bij de DNS-opzoeking.)',
        actions: [
          'Kijk of andere websites wel openen op deze computer.',
          'Lukt dat niet? Herstart dan uw modem of router, en bel uw internetprovider als dat niet helpt.',
          'Werken andere websites wel? Bel dan uw hostingbedrijf of domeinregistrar en vertel dat het opzoeken van {host} geen antwoord krijgt.',
        ],
      },
      refused: {
        title: 'Het opzoeken van uw domeinnaam werd geweigerd',
        explanation:
          'De server die {host} moest opzoeken, weigerde te antwoorden. (Technisch: de DNS-server antwoordde REFUSED.)',
        actions: [
          'Heeft uw IT-partner een eigen opzoekserver voor uw netwerk ingericht? Vraag hem die te controleren.',
          'Bel anders uw hostingbedrijf of domeinregistrar en vertel dat het opzoeken van {host} wordt geweigerd.',
        ],
      },
    },
  },
  connection_refused: {
    title: 'De server weigert bezoekers',
    explanation:
      'De computer achter {host} is bereikbaar, maar het programma dat moet antwoorden draait niet of weigert de verbinding. (Technisch: verbinding geweigerd[ op poort {port}].)',
    actions: [
      'Controleer het over twee minuten opnieuw: misschien wordt de server herstart.',
      'Bel uw hostingbedrijf of IT-partner en vertel dat {host} verbindingen weigert.',
      'Vraag of er onderhoud of een update bezig is.',
    ],
  },
  connection_timeout: {
    title: 'De server reageert niet',
    explanation:
      'Back Online kon {host} niet op tijd bereiken. Misschien staat de server uit, is hij overbelast of blokkeert een firewall hem, of is er een storing in het netwerk ertussen. (Technisch: time-out bij het verbinden.)',
    actions: [
      'Kijk of andere websites wel openen: lukt dat niet, dan ligt het aan uw eigen internetverbinding.',
      'Bel uw hostingbedrijf of IT-partner en vertel dat {host} helemaal niet reageert.',
      'Controleer het over een paar minuten opnieuw om te zien of hij terugkomt.',
    ],
  },
  connection_reset: {
    title: 'De verbinding met de server wordt steeds verbroken',
    explanation:
      '{host} nam de verbinding aan, maar verbrak hem daarna. Dat gebeurt vaak als een server overbelast is, vastloopt of herstart. (Technisch: verbinding verbroken.)',
    actions: [
      'Controleer het over een paar minuten opnieuw.',
      'Blijft het gebeuren? Bel dan uw hostingbedrijf of IT-partner en vertel dat de verbinding met {host} wordt verbroken.',
      'Vermeld het als u onlangs beveiligingsinstellingen of een firewall heeft gewijzigd.',
    ],
  },
  tls_expired: {
    title: 'Het beveiligingscertificaat van uw website is verlopen',
    explanation:
      'Het beveiligingscertificaat van {host} is niet meer geldig[ (het is verlopen op {validTo})]. Bezoekers zien nu een waarschuwing dat de site niet veilig is, en de meesten haken af. (Technisch: het TLS-certificaat is verlopen.)',
    actions: [
      'Bel uw hostingbedrijf en vraag of zij het beveiligingscertificaat (SSL-certificaat) vandaag vernieuwen.',
      'Beheert u het certificaat zelf? Vernieuw het dan in het configuratiescherm van uw hosting; veel hostingbedrijven bieden gratis automatische verlenging.',
      'Controleer het na de vernieuwing opnieuw: de site werkt weer normaal zodra het nieuwe certificaat erop staat.',
    ],
  },
  tls_expiring_soon: {
    title: 'Het beveiligingscertificaat van uw website verloopt binnenkort',
    explanation:
      'Uw site werkt nog, maar het beveiligingscertificaat van {host} verloopt[ over {days}][ (op {validTo})]. Daarna zien bezoekers een waarschuwing dat de site niet veilig is. (Technisch: het TLS-certificaat verloopt bijna.)',
    actions: [
      'Vraag uw hostingbedrijf het beveiligingscertificaat te vernieuwen[ vóór {validTo}].',
      'Vraag hun te controleren of automatische verlenging aanstaat, want die vernieuwt normaal ruim op tijd.',
      'U hoeft vandaag geen haast te maken: de site werkt normaal tot het certificaat verloopt.',
    ],
  },
  tls_not_yet_valid: {
    title: 'Het beveiligingscertificaat van uw website is nog niet geldig',
    explanation:
      'Het beveiligingscertificaat van {host} wordt pas later geldig[ (vanaf {validFrom})], dus bezoekers zien een beveiligingswaarschuwing. Vaak staat de klok van de server of van deze computer verkeerd. (Technisch: het certificaat is nog niet geldig.)',
    actions: [
      'Controleer of de datum en tijd op deze computer kloppen.',
      'Kloppen die? Bel dan uw hostingbedrijf: het certificaat is te vroeg geplaatst of de klok van de server staat verkeerd.',
    ],
  },
  tls_untrusted: {
    title: 'Browsers vertrouwen het beveiligingscertificaat van uw website niet',
    explanation:
      '{host} gebruikt een beveiligingscertificaat dat niet door een erkende instantie is uitgegeven, dus bezoekers zien een waarschuwing dat de site niet veilig is. (Technisch: onbetrouwbaar certificaat, bijvoorbeeld zelfondertekend of een onvolledige keten[; {errorCode}].)',
    actions: [
      'Bel uw hostingbedrijf en vraag een certificaat van een erkende instantie te plaatsen, inclusief de tussencertificaten.',
      'Gaat het om een apparaat in uw eigen kantoor (zoals een NAS of router)? Vraag het dan uw IT-partner: zulke apparaten gebruiken vaak een eigen certificaat, dat Back Online kan leren vertrouwen.',
    ],
  },
  tls_hostname_mismatch: {
    title: 'Het beveiligingscertificaat hoort bij een andere website',
    explanation:
      '{host} toont een beveiligingscertificaat dat voor een andere naam is gemaakt[ ({certificateNames})], dus bezoekers zien een waarschuwing. Dit gebeurt vaak na een verhuizing naar een andere server of ander hostingbedrijf. (Technisch: de hostnaam van het certificaat klopt niet.)',
    actions: [
      'Bel uw hostingbedrijf en vraag een beveiligingscertificaat voor {host} te plaatsen.',
      'Heeft u uw website onlangs verhuisd of het adres gewijzigd? Vermeld dat: het certificaat is waarschijnlijk niet meeverhuisd.',
    ],
  },
  tls_handshake_failed: {
    title: 'Er kan geen beveiligde verbinding met uw website worden gemaakt',
    explanation:
      '{host} en Back Online konden het niet eens worden over een beveiligde verbinding. Meestal is dat een instelling op de server, vaak na een update. (Technisch: de TLS-handshake is mislukt[; {errorCode}].)',
    actions: [
      'Controleer het over een paar minuten opnieuw.',
      'Bel uw hostingbedrijf en vertel dat de beveiligde verbinding met {host} mislukt (TLS-handshake).',
    ],
  },
};
