import type { CauseCatalog } from './causes-catalog';
import { causesNlConnection } from './causes-nl-connection';
import { causesNlRecognised } from './causes-nl-recognised';

export const causesNl: CauseCatalog = {
  days: { one: '{count} dag', other: '{count} dagen' },
  fallbackSubject: 'deze controle',
  causes: {
    ok: {
      title: 'Alles werkt',
      explanation: 'Back Online heeft {checked} gecontroleerd en niets verkeerds gevonden.',
      actions: [
        'U hoeft nu niets te doen.',
        'Meldt een klant toch een probleem? Vraag dan of hij de pagina ververst of het over een paar minuten opnieuw probeert.',
      ],
    },
    ...causesNlConnection,
    ...causesNlRecognised,
    http_server_error: {
      title: 'Uw website toont een foutmelding in plaats van uw pagina’s',
      explanation:
        'De server van {host} is bereikbaar, maar meldt een interne fout, dus bezoekers zien een foutpagina in plaats van uw site. Meestal zit het probleem in de software van de website, een plug-in of update, of is de server overbelast. (Technisch: HTTP-status[ {statusCode}].)',
      actions: [
        'Controleer het over twee minuten opnieuw: een drukke of herstartende server herstelt zich vaak vanzelf.',
        'Denk na: is er vandaag iets bijgewerkt of geïnstalleerd op de website (een plug-in, thema of update)? Vertel dat uw webbouwer.',
        'Bel uw hostingbedrijf en vertel dat {host} een serverfout geeft[ (code {statusCode})].',
      ],
      variants: {
        temporarily_unavailable: {
          title: 'Uw website is tijdelijk niet beschikbaar',
          explanation:
            'De server van {host} is bereikbaar, maar zegt dat hij uw site nu niet kan tonen, dus bezoekers zien een pagina "niet beschikbaar". Meestal is de server overbelast of wordt hij herstart, of draait de website erachter niet. (Technisch: HTTP-status[ {statusCode}], service unavailable.)',
          actions: [
            'Controleer het over twee minuten opnieuw: een drukke of herstartende server herstelt zich vaak vanzelf.',
            'Blijft hij onbeschikbaar? Bel dan uw hostingbedrijf en vertel dat {host} "service unavailable" meldt[ (code {statusCode})].',
            'Loopt er net een actie of heeft u zojuist een nieuwsbrief verstuurd? Vermeld dat: de server kan de bezoekers misschien niet aan.',
          ],
        },
      },
    },
    http_client_error: {
      title: 'Uw webpagina is niet te vinden of wordt geblokkeerd',
      explanation:
        '{host} antwoordde, maar weigerde deze pagina. Misschien is de pagina verplaatst of verwijderd, of wordt de toegang geblokkeerd, bijvoorbeeld door een wachtwoord of een beveiligingsinstelling. (Technisch: HTTP-status[ {statusCode}].)',
      actions: [
        'Open het adres in uw browser en controleer of het klopt.',
        'Vraag uw webbouwer of de pagina onlangs is verplaatst of verwijderd.',
        'Vraagt de pagina om een wachtwoord of staat er dat de toegang geweigerd is? Neem dan contact op met uw hostingbedrijf.',
      ],
    },
    http_redirect_loop: {
      title: 'Uw website stuurt bezoekers in een rondje',
      explanation:
        '{host} blijft bezoekers doorsturen naar een ander adres[ (meer dan {maxRedirects} keer)] en toont nooit een pagina. Meestal is dat een verkeerde instelling na het wijzigen van het adres van de site of het overstappen op een beveiligde verbinding. (Technisch: redirect-lus.)',
      actions: [
        'Vraag uw webbouwer de adresinstellingen van de website te controleren (in WordPress: Instellingen, Algemeen).',
        'Heeft u onlangs een beveiligde verbinding of een beveiligingsplug-in aangezet? Vermeld dat.',
        'Heeft niemand iets gewijzigd? Bel dan uw hostingbedrijf.',
      ],
    },
    response_timeout: {
      title: 'Uw website antwoordt niet op tijd',
      explanation:
        '{host} nam de verbinding aan, maar stuurde niet op tijd een pagina[ (binnen {timeoutSeconds} seconden)]. De server is waarschijnlijk overbelast of loopt vast. (Technisch: time-out bij het antwoord.)',
      actions: [
        'Controleer het over een paar minuten opnieuw.',
        'Bel uw hostingbedrijf en vertel dat {host} wel verbindt maar niet antwoordt.',
        'Loopt er nu een drukke actie? Vraag uw hostingbedrijf dan of uw hostingpakket dat aankan.',
      ],
    },
    slow_response: {
      title: 'Uw website is traag',
      explanation:
        '{host} werkt, maar antwoordt traag[: het duurde {seconds} seconden][ (meer dan de {thresholdSeconds} seconden die Back Online accepteert)]. Bezoekers haken misschien af voordat de pagina verschijnt.',
      actions: [
        'Controleer het later opnieuw: is het alleen af en toe traag, dan is het meestal een druk moment.',
        'Blijft het traag? Vraag uw hostingbedrijf dan of de server overbelast is.',
        'Vraag uw webbouwer te kijken naar zware plug-ins en grote afbeeldingen.',
      ],
    },
    content_missing: {
      title: 'Op uw webpagina ontbreekt de gewone inhoud',
      explanation:
        '{host} antwoordde, maar de tekst[ “{keyword}”] die op de pagina hoort te staan, ontbreekt. Misschien is de pagina kapot, leeg of vervangen.',
      actions: [
        'Open de pagina in uw browser en kijk of hij er normaal uitziet.',
        'Ziet de pagina er verkeerd of leeg uit? Bel dan uw webbouwer of hostingbedrijf.',
        'Ziet de pagina er goed uit? Dan is de tekst waarschijnlijk bewust gewijzigd: pas de tekst aan waar Back Online naar zoekt.',
      ],
      variants: {
        unwanted_text: {
          title: 'Uw webpagina toont tekst die er niet hoort te staan',
          explanation:
            '{host} antwoordde, maar de pagina bevat de tekst[ “{keyword}”], en dat betekent meestal dat er iets mis is (een foutmelding, een onderhoudsmelding of ongewenste inhoud).',
          actions: [
            'Open de pagina in uw browser en kijk wat er staat.',
            'Heeft u die tekst er niet zelf neergezet? Bel dan uw webbouwer of hostingbedrijf.',
            'Hoort de tekst er nu te staan, bijvoorbeeld tijdens gepland onderhoud? Dan kunt u deze waarschuwing negeren tot het werk klaar is.',
          ],
        },
      },
    },
    error_page: {
      title: 'Uw website toont een foutmelding',
      explanation:
        '{host} antwoordde, maar met een foutmelding in plaats van uw website. Bezoekers zien dezelfde melding.',
      actions: [
        'Open de site in uw browser om de melding zelf te zien.',
        'Bel uw hostingbedrijf en lees de melding aan hen voor.',
        'Vertel uw webbouwer als er onlangs iets aan de site is gewijzigd.',
      ],
      variants: {
        wordpress_database: {
          title: 'Uw website kan zijn database niet bereiken',
          explanation:
            'Uw website (WordPress) draait, maar kan zijn inhoud niet lezen, dus bezoekers zien "Error establishing a database connection". Misschien ligt de databaseserver eruit, of is het wachtwoord gewijzigd.',
          actions: [
            'Bel uw hostingbedrijf: de databaseserver van {host} ligt misschien plat.',
            'Zijn er onlangs wachtwoorden gewijzigd of is de site verhuisd? Vertel dat uw webbouwer: de database-instellingen moeten misschien worden bijgewerkt.',
            'Controleer het over een paar minuten opnieuw.',
          ],
        },
        wordpress_critical: {
          title: 'Uw website is vastgelopen door een fout in de software',
          explanation:
            'Uw website (WordPress) toont "There has been a critical error on this website". Dat gebeurt meestal direct na een update van een plug-in, thema of WordPress zelf.',
          actions: [
            'Kijk in de e-mail van de beheerder van de website: WordPress stuurt meestal een bericht met een link om de site te herstellen.',
            'Vraag uw webbouwer de plug-in of het thema uit te zetten dat als laatste is bijgewerkt.',
            'Heeft niemand iets gewijzigd? Bel dan uw hostingbedrijf.',
          ],
        },
        account_suspended: {
          title: 'Uw hostingaccount is opgeschort',
          explanation:
            'In plaats van uw website toont {host} een melding dat het hostingaccount is opgeschort. Meestal betekent dat dat een factuur niet is betaald of dat het hostingbedrijf een probleem met het account heeft gevonden.',
          actions: [
            'Bel uw hostingbedrijf en vraag waarom het account is opgeschort.',
            'Zoek in uw e-mail en administratie naar een onbetaalde factuur of een waarschuwing van hen, en handel die af.',
            'Vraag hoe lang het duurt voordat het account na betaling weer aanstaat.',
          ],
        },
        parked_domain: {
          title: 'Uw domeinnaam toont een tijdelijke pagina in plaats van uw website',
          explanation:
            '{host} toont een pagina "geparkeerd domein" of "te koop". Meestal betekent dat dat de domeinnaam is verlopen, of dat de instellingen niet meer naar uw hostingbedrijf verwijzen.',
          actions: [
            'Bel het bedrijf waar u uw domeinnaam heeft geregistreerd (uw domeinregistrar) en vraag of {host} is verlopen of dat de instellingen zijn gewijzigd.',
            'Is de naam verlopen? Verleng hem dan meteen.',
            'Vraag uw hostingbedrijf welke instellingen de domeinnaam nodig heeft om weer naar uw website te leiden.',
          ],
        },
      },
    },
    local_offline: {
      title: 'Uw eigen internetverbinding ligt eruit',
      explanation:
        'Deze computer kan het internet niet bereiken, dus Back Online kan {checked} niet controleren. Uw website is waarschijnlijk in orde: het probleem zit waarschijnlijk hier.',
      actions: [
        'Controleer of de netwerkkabel vastzit of de wifi verbonden is.',
        'Herstart uw modem of router: haal de stekker eruit, wacht 30 seconden en steek hem er weer in.',
        'Nog steeds geen internet? Bel dan uw internetprovider.',
        'Gebruik de mobiele data van uw telefoon om te kijken of uw website voor anderen werkt.',
      ],
    },
    process_not_running: {
      title: 'Een programma dat uw bedrijf nodig heeft, draait niet',
      explanation: 'Het programma {processName} draait niet op deze computer.',
      actions: [
        'Start het programma opnieuw, of herstart de computer als u niet weet hoe.',
        'Stopt het weer? Bel dan uw IT-partner en vertel dat {processName} steeds stopt.',
      ],
    },
    service_stopped: {
      title: 'Een achtergronddienst is gestopt',
      explanation:
        'De dienst {serviceName} op deze computer is gestopt, dus wat ervan afhangt werkt niet meer.',
      actions: [
        'Herstart de computer: diensten starten meestal vanzelf weer op.',
        'Blijft hij gestopt? Bel dan uw IT-partner en vertel dat de dienst {serviceName} niet draait.',
      ],
    },
    disk_almost_full: {
      title: 'De schijf is bijna vol',
      explanation:
        'Op {mount} is nog maar {freePercent}% vrije ruimte. Als de schijf vol is, werken programma’s, e-mail en back-ups niet meer.',
      actions: [
        'Leeg de prullenbak en verwijder grote bestanden die u niet meer nodig heeft, zoals oude downloads en video’s.',
        'Vraag uw IT-partner ruimte vrij te maken of opslag toe te voegen.',
        'Controleer of uw back-ups nog draaien.',
      ],
    },
    unknown: {
      title: 'Back Online kon dit niet controleren',
      explanation:
        'Er gebeurde iets onverwachts bij het controleren van {checked}, dus Back Online kan niet zeggen of het werkt[ (fout {errorCode})].',
      actions: [
        'Controleer het over een minuut opnieuw.',
        'Open de website of het programma zelf om te kijken of het werkt.',
        'Blijft dit gebeuren? Vraag dan uw IT-partner ernaar te kijken.',
      ],
      variants: {
        probe_unavailable: {
          title: 'Back Online kan dit op deze computer niet controleren',
          explanation:
            'Op deze computer ontbreekt een hulpmiddel dat Back Online nodig heeft om {checked} te controleren, dus het kan niet zeggen of het werkt. Dat betekent niet dat er iets mis is.',
          actions: [
            'Kijk zelf of het programma of de dienst werkt.',
            'Vraag uw IT-partner het ontbrekende hulpmiddel te installeren, of een andere manier te kiezen om {checked} te controleren.',
          ],
        },
        mount_not_found: {
          title: 'Back Online kan deze schijf niet vinden',
          explanation:
            'Er is geen schijf of map {mount} op deze computer, dus Back Online kan niet zeggen hoe vol die is. Misschien is een externe schijf losgekoppeld, of is de naam verkeerd gespeld.',
          actions: [
            'Gaat het om een externe schijf of netwerkschijf? Controleer dan of die is aangesloten of verbonden.',
            'Controleer of de naam {mount} precies goed gespeld is.',
            'Hoort de schijf er wel te zijn? Vraag dan uw IT-partner ernaar te kijken.',
          ],
        },
      },
    },
  },
};
