import type { CauseCatalog } from './causes-catalog';
import { causesNlInformalConnection } from './causes-nl-informal-connection';
import { causesNlInformalRecognised } from './causes-nl-informal-recognised';
import type { DeepPartial } from './interpolate';

/** Only the texts that speak to the owner; everything else falls back to the formal Dutch. */
export const causesNlInformal: DeepPartial<CauseCatalog> = {
  causes: {
    ok: {
      actions: [
        'Je hoeft nu niets te doen.',
        'Meldt een klant toch een probleem? Vraag dan of hij de pagina ververst of het over een paar minuten opnieuw probeert.',
      ],
    },
    ...causesNlInformalConnection,
    ...causesNlInformalRecognised,
    http_server_error: {
      title: 'Je website toont een foutmelding in plaats van je pagina’s',
      explanation:
        'De server van {host} is bereikbaar, maar meldt een interne fout, dus bezoekers zien een foutpagina in plaats van je site. Meestal zit het probleem in de software van de website, een plug-in of update, of is de server overbelast. (Technisch: HTTP-status[ {statusCode}].)',
      actions: [
        'Controleer het over twee minuten opnieuw: een drukke of herstartende server herstelt zich vaak vanzelf.',
        'Denk na: is er vandaag iets bijgewerkt of geïnstalleerd op je website (een plug-in, thema of update)? Vertel dat je webbouwer.',
        'Bel je hostingbedrijf en vertel dat {host} een serverfout geeft[ (code {statusCode})].',
      ],
      variants: {
        temporarily_unavailable: {
          title: 'Je website is tijdelijk niet beschikbaar',
          explanation:
            'De server van {host} is bereikbaar, maar zegt dat hij je site nu niet kan tonen, dus bezoekers zien een pagina "niet beschikbaar". Meestal is de server overbelast of wordt hij herstart, of draait de website erachter niet. (Technisch: HTTP-status[ {statusCode}], service unavailable.)',
          actions: [
            'Controleer het over twee minuten opnieuw: een drukke of herstartende server herstelt zich vaak vanzelf, dan hoef je niets te doen.',
            'Blijft hij onbeschikbaar? Bel dan je hostingbedrijf en vertel dat {host} "service unavailable" meldt[ (code {statusCode})].',
            'Loopt er net een actie of heb je zojuist een nieuwsbrief verstuurd? Vermeld dat: de server kan de bezoekers misschien niet aan.',
          ],
        },
      },
    },
    http_client_error: {
      title: 'Je webpagina is niet te vinden of wordt geblokkeerd',
      actions: [
        'Open het adres in je browser en controleer of het klopt.',
        'Vraag je webbouwer of de pagina onlangs is verplaatst of verwijderd.',
        'Vraagt de pagina om een wachtwoord of staat er dat de toegang geweigerd is? Neem dan contact op met je hostingbedrijf.',
      ],
    },
    http_redirect_loop: {
      title: 'Je website stuurt bezoekers in een rondje',
      actions: [
        'Vraag je webbouwer de adresinstellingen van de website te controleren (in WordPress: Instellingen, Algemeen).',
        'Heb je onlangs een beveiligde verbinding of een beveiligingsplug-in aangezet? Vermeld dat.',
        'Heeft niemand iets gewijzigd? Bel dan je hostingbedrijf.',
      ],
    },
    response_timeout: {
      title: 'Je website antwoordt niet op tijd',
      actions: [
        'Controleer het over een paar minuten opnieuw.',
        'Bel je hostingbedrijf en vertel dat {host} wel verbindt maar niet antwoordt.',
        'Loopt er nu een drukke actie? Vraag je hostingbedrijf dan of je hostingpakket dat aankan.',
      ],
    },
    slow_response: {
      title: 'Je website is traag',
      actions: [
        'Controleer het later opnieuw: is het alleen af en toe traag, dan is het meestal een druk moment en hoef je niets te doen.',
        'Blijft het traag? Vraag je hostingbedrijf dan of de server overbelast is.',
        'Vraag je webbouwer te kijken naar zware plug-ins en grote afbeeldingen.',
      ],
    },
    content_missing: {
      title: 'Op je webpagina ontbreekt de gewone inhoud',
      actions: [
        'Open de pagina in je browser en kijk of hij er normaal uitziet.',
        'Ziet de pagina er verkeerd of leeg uit? Bel dan je webbouwer of hostingbedrijf.',
        'Ziet de pagina er goed uit? Dan is de tekst waarschijnlijk bewust gewijzigd: pas de tekst aan waar je Back Online naar laat zoeken.',
      ],
      variants: {
        unwanted_text: {
          title: 'Je webpagina toont tekst die er niet hoort te staan',
          actions: [
            'Open de pagina in je browser en kijk wat er staat.',
            'Heb je die tekst er niet zelf neergezet? Bel dan je webbouwer of hostingbedrijf.',
            'Hoort de tekst er nu te staan, bijvoorbeeld tijdens gepland onderhoud? Dan kun je deze waarschuwing negeren tot het werk klaar is.',
          ],
        },
      },
    },
    error_page: {
      title: 'Je website toont een foutmelding',
      explanation:
        '{host} antwoordde, maar met een foutmelding in plaats van je website. Bezoekers zien dezelfde melding.',
      actions: [
        'Open de site in je browser om de melding zelf te zien.',
        'Bel je hostingbedrijf en lees de melding aan hen voor.',
        'Vertel je webbouwer als er onlangs iets aan de site is gewijzigd.',
      ],
      variants: {
        wordpress_database: {
          title: 'Je website kan zijn database niet bereiken',
          explanation:
            'Je website (WordPress) draait, maar kan zijn inhoud niet lezen, dus bezoekers zien "Error establishing a database connection". Misschien ligt de databaseserver eruit, of is het wachtwoord gewijzigd.',
          actions: [
            'Bel je hostingbedrijf: de databaseserver van {host} ligt misschien plat.',
            'Zijn er onlangs wachtwoorden gewijzigd of is de site verhuisd? Vertel dat je webbouwer: de database-instellingen moeten misschien worden bijgewerkt.',
            'Controleer het over een paar minuten opnieuw.',
          ],
        },
        wordpress_critical: {
          title: 'Je website is vastgelopen door een fout in de software',
          explanation:
            'Je website (WordPress) toont "There has been a critical error on this website". Dat gebeurt meestal direct na een update van een plug-in, thema of WordPress zelf.',
          actions: [
            'Kijk in de e-mail van de beheerder van je website: WordPress stuurt meestal een bericht met een link om de site te herstellen.',
            'Vraag je webbouwer de plug-in of het thema uit te zetten dat als laatste is bijgewerkt.',
            'Heeft niemand iets gewijzigd? Bel dan je hostingbedrijf.',
          ],
        },
        account_suspended: {
          title: 'Je hostingaccount is opgeschort',
          explanation:
            'In plaats van je website toont {host} een melding dat het hostingaccount is opgeschort. Meestal betekent dat dat een factuur niet is betaald of dat het hostingbedrijf een probleem met het account heeft gevonden.',
          actions: [
            'Bel je hostingbedrijf en vraag waarom je account is opgeschort.',
            'Zoek in je e-mail en administratie naar een onbetaalde factuur of een waarschuwing van hen, en handel die af.',
            'Vraag hoe lang het duurt voordat je account na betaling weer aanstaat.',
          ],
        },
        parked_domain: {
          title: 'Je domeinnaam toont een tijdelijke pagina in plaats van je website',
          explanation:
            '{host} toont een pagina "geparkeerd domein" of "te koop". Meestal betekent dat dat de domeinnaam is verlopen, of dat de instellingen niet meer naar je hostingbedrijf verwijzen.',
          actions: [
            'Bel het bedrijf waar je je domeinnaam hebt geregistreerd (je domeinregistrar) en vraag of {host} is verlopen of dat de instellingen zijn gewijzigd.',
            'Is de naam verlopen? Verleng hem dan meteen, dan ben je snel weer online.',
            'Vraag je hostingbedrijf welke instellingen de domeinnaam nodig heeft om weer naar je website te leiden.',
          ],
        },
      },
    },
    local_offline: {
      title: 'Je eigen internetverbinding ligt eruit',
      explanation:
        'Je computer kan het internet niet bereiken, dus Back Online kan {checked} niet controleren. Je website is waarschijnlijk in orde: het probleem zit waarschijnlijk hier.',
      actions: [
        'Controleer of de netwerkkabel vastzit of je wifi verbonden is.',
        'Herstart je modem of router: haal de stekker eruit, wacht 30 seconden en steek hem er weer in.',
        'Nog steeds geen internet? Bel dan je internetprovider.',
        'Gebruik de mobiele data van je telefoon om te kijken of je website voor anderen werkt.',
      ],
    },
    process_not_running: {
      title: 'Een programma dat je bedrijf nodig heeft, draait niet',
      actions: [
        'Start het programma opnieuw, of herstart de computer als je niet weet hoe.',
        'Stopt het weer? Bel dan je IT-partner en vertel dat {processName} steeds stopt.',
      ],
    },
    service_stopped: {
      actions: [
        'Herstart de computer: diensten starten meestal vanzelf weer op, dus vaak ben je dan klaar.',
        'Blijft hij gestopt? Bel dan je IT-partner en vertel dat de dienst {serviceName} niet draait.',
      ],
    },
    disk_almost_full: {
      actions: [
        'Leeg de prullenbak en verwijder grote bestanden die je niet meer nodig hebt, zoals oude downloads en video’s.',
        'Vraag je IT-partner ruimte vrij te maken of opslag toe te voegen.',
        'Controleer of je back-ups nog draaien.',
      ],
    },
    unknown: {
      actions: [
        'Controleer het over een minuut opnieuw.',
        'Open de website of het programma zelf om te kijken of het werkt, dan weet je meteen meer.',
        'Blijft dit gebeuren? Vraag dan je IT-partner ernaar te kijken.',
      ],
      variants: {
        probe_unavailable: {
          actions: [
            'Kijk zelf of het programma of de dienst werkt, dan weet je het zeker.',
            'Vraag je IT-partner het ontbrekende hulpmiddel te installeren, of een andere manier te kiezen om {checked} te controleren.',
          ],
        },
        mount_not_found: {
          actions: [
            'Gaat het om een externe schijf of netwerkschijf? Controleer dan of je die hebt aangesloten of verbonden.',
            'Controleer of de naam {mount} precies goed gespeld is.',
            'Hoort de schijf er wel te zijn? Vraag dan je IT-partner ernaar te kijken.',
          ],
        },
      },
    },
  },
};
